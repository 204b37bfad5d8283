// Generated from specs/alihouse/alibaba.alihouse.business.activity.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.business.activity.query` (电商券活动公司数据查询). */
export interface AlibabaAlihouseBusinessActivityQueryRequest {
  /** 公司主体ID */
  merchant_open_id: Int64Input;
}

/** Response of `alibaba.alihouse.business.activity.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseBusinessActivityQueryResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseBusinessActivityQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihouse.business.activity.query`. */
export interface AlibabaAlihouseBusinessActivityQueryResult {
  /** 返回值 */
  data?: AlibabaAlihouseBusinessActivityQueryBusinessActivityPackageDto;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

/** `BusinessActivityPackageDto` of `alibaba.alihouse.business.activity.query`. */
export interface AlibabaAlihouseBusinessActivityQueryBusinessActivityPackageDto {
  /** 签章信息 */
  signature_list?: AlibabaAlihouseBusinessActivityQueryBusinessActivitySignatureDto[];
  /** 协议数据 */
  agreement_list?: AlibabaAlihouseBusinessActivityQueryBusinessActivityAgreementDto[];
  /** 结算账户数据 */
  bank_card_list?: AlibabaAlihouseBusinessActivityQueryBusinessActivityBankCardDto[];
  /** 公司名称 */
  company_name?: string;
}

/** `BusinessActivitySignatureDto` of `alibaba.alihouse.business.activity.query`. */
export interface AlibabaAlihouseBusinessActivityQueryBusinessActivitySignatureDto {
  /** 下旋文 */
  backspin_text?: string;
  /** 横向文 */
  horizontal_text?: string;
  /** 中心图案类型 */
  center_pattern?: Int64;
  /** 签章颜色 */
  signature_color?: Int64;
  /** 签章类型 */
  signature_type?: Int64;
  /** 签章名称 */
  signature_name?: string;
  /** ID */
  id?: Int64;
  /** 签章图片地址 */
  seal_url?: string;
}

/** `BusinessActivityAgreementDto` of `alibaba.alihouse.business.activity.query`. */
export interface AlibabaAlihouseBusinessActivityQueryBusinessActivityAgreementDto {
  /** 协议内容 */
  agreement_content?: string;
  /** 协议名称 */
  agreement_name?: string;
  /** 协议类型 */
  agreement_type?: Int64;
  /** ID */
  id?: Int64;
}

/** `BusinessActivityBankCardDto` of `alibaba.alihouse.business.activity.query`. */
export interface AlibabaAlihouseBusinessActivityQueryBusinessActivityBankCardDto {
  /** 子户 */
  sub_bank_card_no?: string;
  /** 银联号 */
  bank_contact_line?: string;
  /** 结算账户 */
  bank_card_no?: string;
  /** 别名 */
  bank_account_alias?: string;
  /** 账户名称 */
  bank_account_name?: string;
  /** 账户类型 */
  account_type?: Int64;
  /** ID */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  merchant_open_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      signature_list: [
        {
          backspin_text: 'String',
          horizontal_text: 'String',
          center_pattern: 'Number',
          signature_color: 'Number',
          signature_type: 'Number',
          signature_name: 'String',
          id: 'Number',
          seal_url: 'String',
        },
      ],
      agreement_list: [
        {
          agreement_content: 'String',
          agreement_name: 'String',
          agreement_type: 'Number',
          id: 'Number',
        },
      ],
      bank_card_list: [
        {
          sub_bank_card_no: 'String',
          bank_contact_line: 'String',
          bank_card_no: 'String',
          bank_account_alias: 'String',
          bank_account_name: 'String',
          account_type: 'Number',
          id: 'Number',
        },
      ],
      company_name: 'String',
    },
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.business.activity.query`: method, response root, request and response schemas. */
export const alibabaAlihouseBusinessActivityQueryOperation = {
  method: 'alibaba.alihouse.business.activity.query',
  responseRoot: 'alibaba_alihouse_business_activity_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 电商券活动公司数据查询 — calls TOP method `alibaba.alihouse.business.activity.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseBusinessActivityQuery(
  client: TopClient,
  request: AlibabaAlihouseBusinessActivityQueryRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseBusinessActivityQueryResponse> {
  return client.call<AlibabaAlihouseBusinessActivityQueryResponse>(
    {
      method: 'alibaba.alihouse.business.activity.query',
      responseRoot: 'alibaba_alihouse_business_activity_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
