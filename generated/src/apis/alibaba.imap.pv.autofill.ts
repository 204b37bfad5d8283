// Generated from specs/category/alibaba.imap.pv.autofill.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.imap.pv.autofill` (属性回填接口). */
export interface AlibabaImapPvAutofillRequest {
  /** 系统入参 */
  top_imap_item_do?: AlibabaImapPvAutofillTopImapItemDoInput;
}

/** Response of `alibaba.imap.pv.autofill`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaImapPvAutofillResponse {
  /** imap通用返回DO */
  result?: AlibabaImapPvAutofillTopImapResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopImapItemDo` of `alibaba.imap.pv.autofill`. */
export interface AlibabaImapPvAutofillTopImapItemDoInput {
  /** 商品DO */
  item_id?: string;
  /** 【有最好填上】商品id */
  target_channel_id?: Int64Input;
  /** 【必填】目标渠道ID */
  brand_name?: string;
  /** 【有最好填上】品牌名称 */
  src_cat_name_path_list?: string[];
  /** 源渠道ID */
  src_channel_id?: Int64Input;
  /** 商品PV信息 */
  pv_pair_do_list?: AlibabaImapPvAutofillTopPVPairDOInput[];
  /** 【有最好填上】barcode列表 */
  barcode_list?: string[];
  /** 【必填】商品标题 */
  title?: string;
  /** 【必填】目标渠道叶子类目ID */
  target_category_id?: Int64Input;
  /** 源叶子类目ID */
  src_category_id?: Int64Input;
}

/** `TopPVPairDO` of `alibaba.imap.pv.autofill`. */
export interface AlibabaImapPvAutofillTopPVPairDOInput {
  /** 属性值ID */
  value_id?: Int64Input;
  /** 属性项名称 */
  property_name?: string;
  /** 属性值名称 */
  value_name?: string;
  /** 属性项ID */
  property_id?: Int64Input;
}

/** `TopImapResultDo` of `alibaba.imap.pv.autofill`. */
export interface AlibabaImapPvAutofillTopImapResultDo {
  /** true表示调用成功 */
  success?: boolean;
  /** 返回的pv对列表 */
  top_pv_pair_do_list?: AlibabaImapPvAutofillTopPvPairDo[];
  /** 错误信息 */
  error_msg?: string;
}

/** `TopPvPairDo` of `alibaba.imap.pv.autofill`. */
export interface AlibabaImapPvAutofillTopPvPairDo {
  /** 属性值ID */
  value_id?: Int64;
  /** 属性项名称 */
  property_name?: string;
  /** 属性值名称 */
  value_name?: string;
  /** 属性值名称 */
  property_id?: Int64;
}

const REQUEST_SCHEMA = {
  top_imap_item_do: {
    item_id: 'String',
    target_channel_id: 'Number',
    brand_name: 'String',
    src_cat_name_path_list: ['String'],
    src_channel_id: 'Number',
    pv_pair_do_list: [
      {
        value_id: 'Number',
        property_name: 'String',
        value_name: 'String',
        property_id: 'Number',
      },
    ],
    barcode_list: ['String'],
    title: 'String',
    target_category_id: 'Number',
    src_category_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    top_pv_pair_do_list: [
      {
        value_id: 'Number',
        property_name: 'String',
        value_name: 'String',
        property_id: 'Number',
      },
    ],
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.imap.pv.autofill`: method, response root, request and response schemas. */
export const alibabaImapPvAutofillOperation = {
  method: 'alibaba.imap.pv.autofill',
  responseRoot: 'alibaba_imap_pv_autofill_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 属性回填接口 — calls TOP method `alibaba.imap.pv.autofill`.
 *
 * 根据用户传入的标题、目标渠道id，目标渠道叶子类目，预测其对应的pv信息，返回给业务方，供其自动填充属性项属性值信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaImapPvAutofill(
  client: TopClient,
  request: AlibabaImapPvAutofillRequest = {},
  options?: CallOptions,
): Promise<AlibabaImapPvAutofillResponse> {
  return client.call<AlibabaImapPvAutofillResponse>(
    {
      method: 'alibaba.imap.pv.autofill',
      responseRoot: 'alibaba_imap_pv_autofill_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
