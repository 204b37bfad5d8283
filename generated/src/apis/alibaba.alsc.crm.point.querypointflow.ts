// Generated from specs/alsc/alibaba.alsc.crm.point.querypointflow.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.point.querypointflow` (分页查询积分流水). */
export interface AlibabaAlscCrmPointQuerypointflowRequest {
  /** 入参 */
  param_page_query_point_flow_open_req?: AlibabaAlscCrmPointQuerypointflowPageQueryPointFlowOpenReqInput;
}

/** Response of `alibaba.alsc.crm.point.querypointflow`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmPointQuerypointflowResponse {
  /** 分页返回模型 */
  result?: AlibabaAlscCrmPointQuerypointflowCommonPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PageQueryPointFlowOpenReq` of `alibaba.alsc.crm.point.querypointflow`. */
export interface AlibabaAlscCrmPointQuerypointflowPageQueryPointFlowOpenReqInput {
  /** 品牌id */
  brand_id?: string;
  /** 顾客id */
  customer_id: string;
  /** 截止时间 */
  end_time?: DateInput;
  /** 关联交易ID,模糊查询 */
  out_biz_id?: string;
  /** 第几页,从1开始计数 */
  page_no?: Int64Input;
  /** 每页大小，默认20 */
  page_size?: Int64Input;
  /** 积分流水类型,类型参考枚举类 */
  point_flow_type?: string;
  /** 门店id */
  shop_id?: string;
  /** 开始时间 */
  start_time?: DateInput;
  /** 外部门店ID,shop_id和out_shop_id不可同时为空 */
  out_shop_id?: string;
  /** 外部品牌id,brandId与out_brand_id不可同时为空 */
  out_brand_id?: string;
  /** CS是辰森，KRY是客如云 */
  biz_channel?: string;
}

/** `CommonPageResult` of `alibaba.alsc.crm.point.querypointflow`. */
export interface AlibabaAlscCrmPointQuerypointflowCommonPageResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 当前页 */
  current_page?: Int64;
  /** 是否有下一页 */
  has_next_page?: boolean;
  /** 每页条数 */
  page_size?: Int64;
  /** 积分流水对象 */
  result_list?: AlibabaAlscCrmPointQuerypointflowPointFlowOpenInfo[];
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 错误结果显示 */
  result_view?: string;
  /** 总页数 */
  total_page?: Int64;
  /** 总条数 */
  total_size?: Int64;
}

/** `PointFlowOpenInfo` of `alibaba.alsc.crm.point.querypointflow`. */
export interface AlibabaAlscCrmPointQuerypointflowPointFlowOpenInfo {
  /** 业务场景 */
  biz_type?: string;
  /** 业务类型描述 */
  biz_type_description?: string;
  /** 变更积分 */
  change_point?: Int64;
  /** 流水id */
  flow_id?: string;
  /** 操作员名 */
  operator_name?: string;
  /** 交易单号 */
  out_biz_id?: string;
  /** 变更原因 */
  reason?: string;
  /** 剩余积分 */
  remain_point?: Int64;
  /** 店铺名称 */
  shop_name?: string;
  /** 交易时间 */
  time?: string;
}

const REQUEST_SCHEMA = {
  param_page_query_point_flow_open_req: {
    brand_id: 'String',
    customer_id: 'String',
    end_time: 'Date',
    out_biz_id: 'String',
    page_no: 'Number',
    page_size: 'Number',
    point_flow_type: 'String',
    shop_id: 'String',
    start_time: 'Date',
    out_shop_id: 'String',
    out_brand_id: 'String',
    biz_channel: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    current_page: 'Number',
    has_next_page: 'Boolean',
    page_size: 'Number',
    result_list: [
      {
        biz_type: 'String',
        biz_type_description: 'String',
        change_point: 'Number',
        flow_id: 'String',
        operator_name: 'String',
        out_biz_id: 'String',
        reason: 'String',
        remain_point: 'Number',
        shop_name: 'String',
        time: 'Date',
      },
    ],
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
    total_page: 'Number',
    total_size: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.point.querypointflow`: method, response root, request and response schemas. */
export const alibabaAlscCrmPointQuerypointflowOperation = {
  method: 'alibaba.alsc.crm.point.querypointflow',
  responseRoot: 'alibaba_alsc_crm_point_querypointflow_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分页查询积分流水 — calls TOP method `alibaba.alsc.crm.point.querypointflow`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmPointQuerypointflow(
  client: TopClient,
  request: AlibabaAlscCrmPointQuerypointflowRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmPointQuerypointflowResponse> {
  return client.call<AlibabaAlscCrmPointQuerypointflowResponse>(
    {
      method: 'alibaba.alsc.crm.point.querypointflow',
      responseRoot: 'alibaba_alsc_crm_point_querypointflow_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
