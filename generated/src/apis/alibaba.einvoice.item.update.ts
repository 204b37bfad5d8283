// Generated from specs/einvoice/alibaba.einvoice.item.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.item.update` (修改商品开票信息). */
export interface AlibabaEinvoiceItemUpdateRequest {
  /**
   * 商品的开票名称，对应发票的货物劳务名称，值DELETE时表示删除
   *
   * Max length: 65
   */
  invoice_name?: string;
  /** 商品id，优先级高于outerId，商品必须归属于店铺，itemId和outerId不能同时为空 */
  item_id?: Int64Input;
  /**
   * 税收分类编码，需要精确到叶子节点，必须和taxRate同时修改或删除，值DELETE时表示删除
   *
   * Max length: 19
   */
  item_no?: string;
  /** skuId，必须是itemId下的sku，填写skuId后，修改和删除sku的开票信息 */
  sku_id?: Int64Input;
  /**
   * 规格型号，值DELETE时表示删除
   *
   * Max length: 20
   */
  specification?: string;
  /**
   * 税率，可选值0，3，4，5，6，10，11，13， 16，17，必须和itemNo同时修改或删除,值为DELETE时表示删除
   *
   * Max length: 6
   */
  tax_rate?: string;
  /**
   * 0税率标识，只有税率为0的情况才有值，0=出口零税率，1=免税，2=不征收，3=普通零税率，值为DELETE时表示删除
   *
   * Max length: 6
   */
  zero_rate_flag?: string;
  /**
   * 单位，值DELETE时表示删除
   *
   * Max length: 10
   */
  unit?: string;
  /** 商家外部商品id，如果outerId对应了多个天猫sku，则会更新所有的sku开票信息。itemId和outerId不能同时为空 */
  outer_id?: string;
  /** 是否根据outerId更新所有对应sku的开票信息，true=更新，false=开票信息维护在发票平台；自动开票时，根据skuId获取outerId，再根据outerId查询开票信息。outerId不为空时必填 */
  update_sku?: boolean;
}

/** Response of `alibaba.einvoice.item.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceItemUpdateResponse {
  /** 修改结果 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  invoice_name: 'String',
  item_id: 'Number',
  item_no: 'String',
  sku_id: 'Number',
  specification: 'String',
  tax_rate: 'String',
  zero_rate_flag: 'String',
  unit: 'String',
  outer_id: 'String',
  update_sku: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.item.update`: method, response root, request and response schemas. */
export const alibabaEinvoiceItemUpdateOperation = {
  method: 'alibaba.einvoice.item.update',
  responseRoot: 'alibaba_einvoice_item_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改商品开票信息 — calls TOP method `alibaba.einvoice.item.update`.
 *
 * ERP通过接口将商品的开票信息同步给阿里发票平台，自动开票时将读取这些开票信息，需要联系阿里小二开通对应的权限
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceItemUpdate(
  client: TopClient,
  request: AlibabaEinvoiceItemUpdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaEinvoiceItemUpdateResponse> {
  return client.call<AlibabaEinvoiceItemUpdateResponse>(
    {
      method: 'alibaba.einvoice.item.update',
      responseRoot: 'alibaba_einvoice_item_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
