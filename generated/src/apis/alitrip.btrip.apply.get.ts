// Generated from specs/btrip/alitrip.btrip.apply.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.apply.get` (获取单个审批单). */
export interface AlitripBtripApplyGetRequest {
  /** 外部审批单id */
  thirdpart_apply_id?: string;
  /** 阿里商旅审批单id */
  apply_id?: Int64Input;
  /** 企业id */
  corp_id: string;
  /** 审批单展示id */
  apply_show_id?: string;
}

/** Response of `alitrip.btrip.apply.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripApplyGetResponse {
  /** result */
  result?: AlitripBtripApplyGetBtriphomeResultSupport;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtriphomeResultSupport` of `alitrip.btrip.apply.get`. */
export interface AlitripBtripApplyGetBtriphomeResultSupport {
  /** 审批单详情 */
  apply?: AlitripBtripApplyGetOpenApplyRs;
  /** 成功标识 */
  success?: string;
  /** 错误信息 */
  result_msg?: string;
  /** 错误码 */
  result_code?: string;
}

/** `OpenApplyRs` of `alitrip.btrip.apply.get`. */
export interface AlitripBtripApplyGetOpenApplyRs {
  /** 审批单状态：0申请 1同意 2拒绝 3转交 4取消 5修改已同意 6撤销已同意 7修改审批中 8已同意(修改被拒绝) 9撤销审批中 10已同意(撤销被拒绝) 11已同意(修改被取消) 12已同意(撤销被取消) */
  status?: Int64;
  /** 出差标题 */
  trip_title?: string;
  /** 出差理由 */
  trip_cause?: string;
  /** 出差天数 */
  trip_day?: Int64;
  /** 部门名称 */
  depart_name?: string;
  /** 部门id */
  depart_id?: string;
  /** 用户名称 */
  user_name?: string;
  /** 用户id */
  user_id?: string;
  /** 企业名称 */
  corp_name?: string;
  /** 企业id */
  corp_id?: string;
  /** 第三方审批单id, 非第三方审批单则为空 */
  thirdpart_id?: string;
  /** 更新时间 */
  gmt_modified?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 审批单id */
  id?: Int64;
  /** 行程单列表 */
  itinerary_list?: AlitripBtripApplyGetOpenItineraryInfo[];
  /** 出行人列表 */
  traveler_list?: AlitripBtripApplyGetOpenUserInfo[];
  /** 审批人列表 */
  approver_list?: AlitripBtripApplyGetOpenApproverInfo[];
  /** 审批单状态描述 */
  status_desc?: string;
  /** 审批单展示id */
  apply_show_id?: string;
}

/** `OpenItineraryInfo` of `alitrip.btrip.apply.get`. */
export interface AlitripBtripApplyGetOpenItineraryInfo {
  /** 到达日期 */
  arr_date?: string;
  /** 出发日期 */
  dep_date?: string;
  /** 发票抬头 */
  invoice_name?: string;
  /** 成本中心名称 */
  cost_center_name?: string;
  /** 到达城市 */
  arr_city?: string;
  /** 出发城市 */
  dep_city?: string;
  /** 交通方式 0飞机, 1,火车, 2汽车, 3其他 */
  traffic_type?: Int64;
  /** 行程方式：0单程，1往返 */
  trip_way?: Int64;
  /** 行程id */
  itinerary_id?: string;
}

/** `OpenUserInfo` of `alitrip.btrip.apply.get`. */
export interface AlitripBtripApplyGetOpenUserInfo {
  /** 出行人名称 */
  user_name?: string;
  /** 出行人id */
  user_id?: string;
}

/** `OpenApproverInfo` of `alitrip.btrip.apply.get`. */
export interface AlitripBtripApplyGetOpenApproverInfo {
  /** 操作时间 */
  operate_time?: string;
  /** 审批意见 */
  note?: string;
  /** 审批人状态：0审批中 1已同意 2已拒绝 3已转交，4已取消 5已终止 6发起审批 7评论 */
  status?: Int64;
  /** 审批人名称 */
  user_name?: string;
  /** 审批人id */
  user_id?: string;
  /** 审批人顺序 */
  order?: Int64;
  /** 审批人状态描述 */
  status_desc?: string;
}

const REQUEST_SCHEMA = {
  thirdpart_apply_id: 'String',
  apply_id: 'Number',
  corp_id: 'String',
  apply_show_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    apply: {
      status: 'Number',
      trip_title: 'String',
      trip_cause: 'String',
      trip_day: 'Number',
      depart_name: 'String',
      depart_id: 'String',
      user_name: 'String',
      user_id: 'String',
      corp_name: 'String',
      corp_id: 'String',
      thirdpart_id: 'String',
      gmt_modified: 'Date',
      gmt_create: 'Date',
      id: 'Number',
      itinerary_list: [
        {
          arr_date: 'Date',
          dep_date: 'Date',
          invoice_name: 'String',
          cost_center_name: 'String',
          arr_city: 'String',
          dep_city: 'String',
          traffic_type: 'Number',
          trip_way: 'Number',
          itinerary_id: 'String',
        },
      ],
      traveler_list: [
        {
          user_name: 'String',
          user_id: 'String',
        },
      ],
      approver_list: [
        {
          operate_time: 'Date',
          note: 'String',
          status: 'Number',
          user_name: 'String',
          user_id: 'String',
          order: 'Number',
          status_desc: 'String',
        },
      ],
      status_desc: 'String',
      apply_show_id: 'String',
    },
    success: 'String',
    result_msg: 'String',
    result_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.apply.get`: method, response root, request and response schemas. */
export const alitripBtripApplyGetOperation = {
  method: 'alitrip.btrip.apply.get',
  responseRoot: 'alitrip_btrip_apply_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取单个审批单 — calls TOP method `alitrip.btrip.apply.get`.
 *
 * 获取单个审批单的详情数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripApplyGet(
  client: TopClient,
  request: AlitripBtripApplyGetRequest,
  options?: CallOptions,
): Promise<AlitripBtripApplyGetResponse> {
  return client.call<AlitripBtripApplyGetResponse>(
    {
      method: 'alitrip.btrip.apply.get',
      responseRoot: 'alitrip_btrip_apply_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
