// Generated from specs/drug/alibaba.alihealth.nr.trade.medical.insurance.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.nr.trade.medical.insurance.get` (阿里健康医保支付信息获取). */
export interface AlibabaAlihealthNrTradeMedicalInsuranceGetRequest {
  /** 淘宝订单ID */
  order_id?: Int64Input;
}

/** Response of `alibaba.alihealth.nr.trade.medical.insurance.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthNrTradeMedicalInsuranceGetResponse {
  /** 返回值总 */
  result?: AlibabaAlihealthNrTradeMedicalInsuranceGetResponseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResponseResult` of `alibaba.alihealth.nr.trade.medical.insurance.get`. */
export interface AlibabaAlihealthNrTradeMedicalInsuranceGetResponseResult {
  /** 返回值=数据 */
  result?: AlibabaAlihealthNrTradeMedicalInsuranceGetMedicalInsurancePaymentDto;
}

/** `MedicalInsurancePaymentDto` of `alibaba.alihealth.nr.trade.medical.insurance.get`. */
export interface AlibabaAlihealthNrTradeMedicalInsuranceGetMedicalInsurancePaymentDto {
  /** 医保支付金额信息 */
  fund_bill_list?: AlibabaAlihealthNrTradeMedicalInsuranceGetFundBillDto[];
  /** 医保局返回的医保支付内容 */
  industry_sepc_detail?: string;
}

/** `FundBillDto` of `alibaba.alihealth.nr.trade.medical.insurance.get`. */
export interface AlibabaAlihealthNrTradeMedicalInsuranceGetFundBillDto {
  /** 支付渠道代码 */
  fund_channel?: string;
  /** 金额 */
  amount?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: {
      fund_bill_list: [
        {
          fund_channel: 'String',
          amount: 'String',
        },
      ],
      industry_sepc_detail: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.nr.trade.medical.insurance.get`: method, response root, request and response schemas. */
export const alibabaAlihealthNrTradeMedicalInsuranceGetOperation = {
  method: 'alibaba.alihealth.nr.trade.medical.insurance.get',
  responseRoot: 'alibaba_alihealth_nr_trade_medical_insurance_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里健康医保支付信息获取 — calls TOP method `alibaba.alihealth.nr.trade.medical.insurance.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthNrTradeMedicalInsuranceGet(
  client: TopClient,
  request: AlibabaAlihealthNrTradeMedicalInsuranceGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthNrTradeMedicalInsuranceGetResponse> {
  return client.call<AlibabaAlihealthNrTradeMedicalInsuranceGetResponse>(
    {
      method: 'alibaba.alihealth.nr.trade.medical.insurance.get',
      responseRoot: 'alibaba_alihealth_nr_trade_medical_insurance_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
