// Generated from specs/tmallservice/tmall.servicecenter.workcard.logisticsorder.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.logisticsorder.query` (物流单信息查询). */
export interface TmallServicecenterWorkcardLogisticsorderQueryRequest {
  /** 物流单号 */
  logistics_order_id: Int64Input;
  /** 是否查询新物流，不填默认查原有物流 */
  new_logistics?: boolean;
}

/** Response of `tmall.servicecenter.workcard.logisticsorder.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardLogisticsorderQueryResponse {
  /** 结果 */
  result?: TmallServicecenterWorkcardLogisticsorderQueryFulfilplatformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FulfilplatformResult` of `tmall.servicecenter.workcard.logisticsorder.query`. */
export interface TmallServicecenterWorkcardLogisticsorderQueryFulfilplatformResult {
  /** 物流信息 */
  result_data?: TmallServicecenterWorkcardLogisticsorderQueryExpressDto;
  /** 结果 true /false */
  success?: boolean;
  /** 错误信息 */
  display_msg?: string;
  /** 物流类型 消费者--> 商家 STAGE1；商家--->消费者 STAGE2 */
  stage_type?: string;
}

/** `ExpressDto` of `tmall.servicecenter.workcard.logisticsorder.query`. */
export interface TmallServicecenterWorkcardLogisticsorderQueryExpressDto {
  /** 物品信息明细 字符串格式为：json 串 例子： [{ "name": "大衣,毛衣", "count": 1 }, { "name": "裤子", "count": 2 }] */
  goods_info?: string;
  /** 子物流单号 */
  sub_mail_nos?: string[];
  /** 物流单号 */
  mail_no?: string;
  /** 寄件人信息 */
  sender?: TmallServicecenterWorkcardLogisticsorderQueryCustomerInfo;
  /** 收件人信息 */
  receiver?: TmallServicecenterWorkcardLogisticsorderQueryCustomerInfo;
  /** 物流单号 */
  logistics_order_id?: Int64;
  /** 预约开始时间 */
  reserve_end_time?: string;
  /** 预约结束时间 */
  reserve_start_time?: string;
  /** 物流创建 ：create 物流取消 ：cancel 分派小件员：assign 已经分派小件员: assigned 包裹上门揽收: pickup_door 包裹已揽收完成: pickup_finished 包裹派送中: dispatching 包裹已签收: signed */
  status_code?: string;
  /** luxury（奢饰商品）/common（普通商品） */
  goods_type?: string;
  /** 增值服务需求 */
  value_added_service_demand?: string;
  /** 扩展属性 */
  extend_info?: string;
}

/** `CustomerInfo` of `tmall.servicecenter.workcard.logisticsorder.query`. */
export interface TmallServicecenterWorkcardLogisticsorderQueryCustomerInfo {
  /** 寄件人名称 */
  account_nick?: string;
  /** 寄件人手机号码 */
  phone?: string;
  /** 寄件地址 */
  full_address?: string;
}

const REQUEST_SCHEMA = {
  logistics_order_id: 'Number',
  new_logistics: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: {
      goods_info: 'String',
      sub_mail_nos: ['String'],
      mail_no: 'String',
      sender: {
        account_nick: 'String',
        phone: 'String',
        full_address: 'String',
      },
      receiver: {
        account_nick: 'String',
        phone: 'String',
        full_address: 'String',
      },
      logistics_order_id: 'Number',
      reserve_end_time: 'Date',
      reserve_start_time: 'Date',
      status_code: 'String',
      goods_type: 'String',
      value_added_service_demand: 'String',
      extend_info: 'String',
    },
    success: 'Boolean',
    display_msg: 'String',
    stage_type: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.logisticsorder.query`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardLogisticsorderQueryOperation = {
  method: 'tmall.servicecenter.workcard.logisticsorder.query',
  responseRoot: 'tmall_servicecenter_workcard_logisticsorder_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物流单信息查询 — calls TOP method `tmall.servicecenter.workcard.logisticsorder.query`.
 *
 * 物流订单信息查询API
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardLogisticsorderQuery(
  client: TopClient,
  request: TmallServicecenterWorkcardLogisticsorderQueryRequest,
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardLogisticsorderQueryResponse> {
  return client.call<TmallServicecenterWorkcardLogisticsorderQueryResponse>(
    {
      method: 'tmall.servicecenter.workcard.logisticsorder.query',
      responseRoot: 'tmall_servicecenter_workcard_logisticsorder_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
