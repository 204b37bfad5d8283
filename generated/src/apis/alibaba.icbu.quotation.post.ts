// Generated from specs/icburfq/alibaba.icbu.quotation.post.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.quotation.post` (供应商提交报价). */
export interface AlibabaIcbuQuotationPostRequest {
  /** 验证 */
  md5key?: string;
  /** 报价DTO */
  dto?: AlibabaIcbuQuotationPostRfqQuotationRemoteDtoInput;
}

/** Response of `alibaba.icbu.quotation.post`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuQuotationPostResponse {
  /** 请求返回结果信息 */
  result?: AlibabaIcbuQuotationPostRfqRemoteServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RfqQuotationRemoteDto` of `alibaba.icbu.quotation.post`. */
export interface AlibabaIcbuQuotationPostRfqQuotationRemoteDtoInput {
  /** 给买家留言 */
  details: string;
  /** 附件file_str,请通过调用alibaba.icbu.annex.upload结果作为入参 */
  annex_files_str?: string;
  /** 样本 */
  sample?: AlibabaIcbuQuotationPostRfqQuotationPriceRemoteDTOInput;
  /** 报价列表 */
  price_list?: AlibabaIcbuQuotationPostPriceListInput[];
  /** RFQID */
  rfq_id: string;
  /** 付费条款 */
  payment_terms: string;
  /** 过期时间 */
  expiry_date: DateInput;
}

/** `RfqQuotationPriceRemoteDTO` of `alibaba.icbu.quotation.post`. */
export interface AlibabaIcbuQuotationPostRfqQuotationPriceRemoteDTOInput {
  /** 备注 */
  remark?: string;
  /** 预计时间 */
  estimated_date?: string;
  /** 样品运费支付方 */
  payment?: string;
  /** 是否是免费 */
  is_free?: string;
  /** 是否提供样本 */
  is_support?: string;
}

/** `PriceList` of `alibaba.icbu.quotation.post`. */
export interface AlibabaIcbuQuotationPostPriceListInput {
  /** 目的港 */
  port: string;
  /** 发运条件 */
  shipping_terms: string;
  /** 图片image_str,请通过调用alibaba.icbu.annex.upload结果作为入参如果是都个附件通过\r\n分割 */
  image_str?: string;
  /** 产品编号 */
  model_num?: string;
  /** 产品名称 */
  item_name: string;
  /** 价格 */
  fob_price: string;
  /** 数量 */
  quantity: string;
  /** 数量单位 */
  quantity_unit: string;
  /** 备注 */
  remark: string;
  /** 价格单位 */
  fob_price_unit: string;
}

/** `RfqRemoteServiceResult` of `alibaba.icbu.quotation.post`. */
export interface AlibabaIcbuQuotationPostRfqRemoteServiceResult {
  /** 错误信息 */
  message?: string;
  /** 返回结果信息 */
  result?: AlibabaIcbuQuotationPostRfqQuotationRemoteDto;
  /** 错误类型 */
  err_type?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `RfqQuotationRemoteDto` of `alibaba.icbu.quotation.post`. */
export interface AlibabaIcbuQuotationPostRfqQuotationRemoteDto {
  /** 报价ID */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  md5key: 'String',
  dto: {
    details: 'String',
    annex_files_str: 'String',
    sample: {
      remark: 'String',
      estimated_date: 'Price',
      payment: 'String',
      is_free: 'String',
      is_support: 'String',
    },
    price_list: [
      {
        port: 'String',
        shipping_terms: 'String',
        image_str: 'String',
        model_num: 'String',
        item_name: 'String',
        fob_price: 'String',
        quantity: 'String',
        quantity_unit: 'String',
        remark: 'String',
        fob_price_unit: 'String',
      },
    ],
    rfq_id: 'String',
    payment_terms: 'String',
    expiry_date: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    result: {
      id: 'Number',
    },
    err_type: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.quotation.post`: method, response root, request and response schemas. */
export const alibabaIcbuQuotationPostOperation = {
  method: 'alibaba.icbu.quotation.post',
  responseRoot: 'alibaba_icbu_quotation_post_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商提交报价 — calls TOP method `alibaba.icbu.quotation.post`.
 *
 * 供应商对RFQ进行报价
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuQuotationPost(
  client: TopClient,
  request: AlibabaIcbuQuotationPostRequest = {},
  options?: CallOptions,
): Promise<AlibabaIcbuQuotationPostResponse> {
  return client.call<AlibabaIcbuQuotationPostResponse>(
    {
      method: 'alibaba.icbu.quotation.post',
      responseRoot: 'alibaba_icbu_quotation_post_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
