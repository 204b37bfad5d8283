// Generated from specs/vaccin/alibaba.alihealth.vaccine.trade.subscribe.detail.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.vaccine.trade.subscribe.detail.save` (私立疫苗交易-预约详情更新或保存). */
export interface AlibabaAlihealthVaccineTradeSubscribeDetailSaveRequest {
  /** 入参 */
  trade_subscribe_detail_execute_top_request: AlibabaAlihealthVaccineTradeSubscribeDetailSaveTradeSubscribeDetailExecuteTopRequestInput;
}

/** Response of `alibaba.alihealth.vaccine.trade.subscribe.detail.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthVaccineTradeSubscribeDetailSaveResponse {
  /** 业务响应code */
  biz_code?: string;
  /** 响应结果 */
  data?: boolean;
  /** 业务成功状态 */
  biz_success?: boolean;
  /** 业务错误信息描述 */
  biz_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TradeSubscribeDetailExecuteTopRequest` of `alibaba.alihealth.vaccine.trade.subscribe.detail.save`. */
export interface AlibabaAlihealthVaccineTradeSubscribeDetailSaveTradeSubscribeDetailExecuteTopRequestInput {
  /** 外部商家预约单主键 */
  isv_subscribe_id: string;
  /** 针次(1,2,3,4) */
  injection_num?: Int64Input;
  /** 商家给用户安排预约时间 */
  subscribe_time: DateInput;
  /** 业务订单号 */
  biz_order_id: Int64Input;
  /** 商家ID */
  merchant_id: string;
  /** 门店名称 */
  shop_name?: string;
  /** 取消原因 */
  cancel_reason?: string;
  /** 统一社会信用编码 */
  social_credit_code?: string;
  /** 商家预约接种开始时间 */
  subscribe_start_time?: DateInput;
  /** 商家预约接种结束时间 */
  subscribe_end_time?: DateInput;
  /** 预约单状态 */
  status?: Int64Input;
  /** 接种状态 */
  innoculate_status?: Int64Input;
}

const REQUEST_SCHEMA = {
  trade_subscribe_detail_execute_top_request: {
    isv_subscribe_id: 'String',
    injection_num: 'Number',
    subscribe_time: 'Date',
    biz_order_id: 'Number',
    merchant_id: 'String',
    shop_name: 'String',
    cancel_reason: 'String',
    social_credit_code: 'String',
    subscribe_start_time: 'Date',
    subscribe_end_time: 'Date',
    status: 'Number',
    innoculate_status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  biz_code: 'String',
  data: 'Boolean',
  biz_success: 'Boolean',
  biz_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.vaccine.trade.subscribe.detail.save`: method, response root, request and response schemas. */
export const alibabaAlihealthVaccineTradeSubscribeDetailSaveOperation = {
  method: 'alibaba.alihealth.vaccine.trade.subscribe.detail.save',
  responseRoot: 'alibaba_alihealth_vaccine_trade_subscribe_detail_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 私立疫苗交易-预约详情更新或保存 — calls TOP method `alibaba.alihealth.vaccine.trade.subscribe.detail.save`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthVaccineTradeSubscribeDetailSave(
  client: TopClient,
  request: AlibabaAlihealthVaccineTradeSubscribeDetailSaveRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthVaccineTradeSubscribeDetailSaveResponse> {
  return client.call<AlibabaAlihealthVaccineTradeSubscribeDetailSaveResponse>(
    {
      method: 'alibaba.alihealth.vaccine.trade.subscribe.detail.save',
      responseRoot: 'alibaba_alihealth_vaccine_trade_subscribe_detail_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
