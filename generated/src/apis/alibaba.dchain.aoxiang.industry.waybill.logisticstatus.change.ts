// Generated from specs/ascp/alibaba.dchain.aoxiang.industry.waybill.logisticstatus.change.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.industry.waybill.logisticstatus.change` (物流节点回传). */
export interface AlibabaDchainAoxiangIndustryWaybillLogisticstatusChangeRequest {
  /** 物流节点回传入参 */
  tms_order_confirm_request: AlibabaDchainAoxiangIndustryWaybillLogisticstatusChangeTmsOrderConfirmRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.industry.waybill.logisticstatus.change`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangIndustryWaybillLogisticstatusChangeResponse {
  /** 返回结构体 */
  tms_order_confirm_response?: AlibabaDchainAoxiangIndustryWaybillLogisticstatusChangeTopResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TmsOrderConfirmRequest` of `alibaba.dchain.aoxiang.industry.waybill.logisticstatus.change`. */
export interface AlibabaDchainAoxiangIndustryWaybillLogisticstatusChangeTmsOrderConfirmRequestInput {
  /** 商家id */
  seller_id?: string;
  /** 运单号 */
  express_code: string;
  /** 业务请求ID */
  request_id: string;
  /** 行业 */
  industry: string;
  /** 服务商code */
  cp_code: string;
  /** 物流节点发生变更时间的时间戳 */
  operate_time: Int64Input;
  /** 当前物流节点 */
  logistic_status: string;
  /** 操作人 */
  operator_name: string;
  /** 物流节点文本描述 */
  description: string;
  /** 备注 */
  remark?: string;
  /** 扩展字段 */
  feature?: string;
  /** 业务请求时间 */
  request_time: Int64Input;
}

/** `TopResponse` of `alibaba.dchain.aoxiang.industry.waybill.logisticstatus.change`. */
export interface AlibabaDchainAoxiangIndustryWaybillLogisticstatusChangeTopResponse {
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 调用是否成功 */
  success?: boolean;
  /** 返回值 */
  data?: AlibabaDchainAoxiangIndustryWaybillLogisticstatusChangeTmsOrderConfirmResponse;
}

/** `TmsOrderConfirmResponse` of `alibaba.dchain.aoxiang.industry.waybill.logisticstatus.change`. */
export interface AlibabaDchainAoxiangIndustryWaybillLogisticstatusChangeTmsOrderConfirmResponse {
  /** 业务请求是否成功 */
  success?: boolean;
  /** 是否业务异常 */
  biz_exception?: boolean;
  /** 错误码 */
  code?: string;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  tms_order_confirm_request: {
    seller_id: 'String',
    express_code: 'String',
    request_id: 'String',
    industry: 'String',
    cp_code: 'String',
    operate_time: 'Number',
    logistic_status: 'String',
    operator_name: 'String',
    description: 'String',
    remark: 'String',
    feature: 'String',
    request_time: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tms_order_confirm_response: {
    code: 'String',
    message: 'String',
    success: 'Boolean',
    data: {
      success: 'Boolean',
      biz_exception: 'Boolean',
      code: 'String',
      message: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.industry.waybill.logisticstatus.change`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangIndustryWaybillLogisticstatusChangeOperation = {
  method: 'alibaba.dchain.aoxiang.industry.waybill.logisticstatus.change',
  responseRoot: 'alibaba_dchain_aoxiang_industry_waybill_logisticstatus_change_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物流节点回传 — calls TOP method `alibaba.dchain.aoxiang.industry.waybill.logisticstatus.change`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangIndustryWaybillLogisticstatusChange(
  client: TopClient,
  request: AlibabaDchainAoxiangIndustryWaybillLogisticstatusChangeRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangIndustryWaybillLogisticstatusChangeResponse> {
  return client.call<AlibabaDchainAoxiangIndustryWaybillLogisticstatusChangeResponse>(
    {
      method: 'alibaba.dchain.aoxiang.industry.waybill.logisticstatus.change',
      responseRoot: 'alibaba_dchain_aoxiang_industry_waybill_logisticstatus_change_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
