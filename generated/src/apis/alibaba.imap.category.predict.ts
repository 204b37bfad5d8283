// Generated from specs/category/alibaba.imap.category.predict.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.imap.category.predict` (类目预测接口). */
export interface AlibabaImapCategoryPredictRequest {
  /** 账号信息 */
  fixed_mapping_app_info?: AlibabaImapCategoryPredictFixedMappingAppInfoInput;
  /** 入参DO */
  top_imap_item_do?: AlibabaImapCategoryPredictTopImapItemDoInput;
}

/** Response of `alibaba.imap.category.predict`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaImapCategoryPredictResponse {
  /** 接口返回model */
  result?: AlibabaImapCategoryPredictResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FixedMappingAppInfo` of `alibaba.imap.category.predict`. */
export interface AlibabaImapCategoryPredictFixedMappingAppInfoInput {
  /** 访问映射接口密码 */
  password?: string;
  /** 访问映射接口账号 */
  app_name?: string;
}

/** `TopImapItemDo` of `alibaba.imap.category.predict`. */
export interface AlibabaImapCategoryPredictTopImapItemDoInput {
  /** 商品ID */
  item_id?: string;
  /** 【必填】目标渠道ID */
  target_channel_id?: Int64Input;
  /** 【非必填，能填则填】商品品牌名称 */
  brand_name?: string;
  /** 【非必填，能填则填】商品所在叶子类目类目路径名称列表，从一级到叶子 */
  src_cat_name_path_list?: string[];
  /** 【必填】源渠道ID */
  src_channel_id?: Int64Input;
  /** 【非必填，能填则填】商品相关pv信息 */
  pv_pair_do_list?: AlibabaImapCategoryPredictTopPVPairDOInput[];
  /** 非必填，能填则填】barccode列表 */
  barcode_list?: string[];
  /** 【必填】商品标题 */
  title?: string;
  /** 【非必填】 */
  target_category_id?: Int64Input;
  /** 【必填】商品所在叶子类目ID */
  src_category_id?: Int64Input;
}

/** `TopPVPairDO` of `alibaba.imap.category.predict`. */
export interface AlibabaImapCategoryPredictTopPVPairDOInput {
  /** 属性值ID */
  value_id?: Int64Input;
  /** 属性项名称 */
  property_name?: string;
  /** 属性值名称 */
  value_name?: string;
  /** 属性项ID */
  property_id?: Int64Input;
}

/** `Result` of `alibaba.imap.category.predict`. */
export interface AlibabaImapCategoryPredictResult {
  /** 是否成功 */
  success?: boolean;
  /** 1 */
  top_imap_union_category_path_do_list?: AlibabaImapCategoryPredictTopImapUnionCategoryPathDo[];
  /** 错误信息 */
  error_msg?: string;
}

/** `TopImapUnionCategoryPathDo` of `alibaba.imap.category.predict`. */
export interface AlibabaImapCategoryPredictTopImapUnionCategoryPathDo {
  /** 五级类目ID */
  l5_cat_id?: Int64;
  /** 叶子类目名称 */
  leaf_cat_name?: string;
  /** 三级类目ID */
  l3_cat_id?: Int64;
  /** 是否叶子 */
  leaf?: boolean;
  /** 叶子类目ID */
  leaf_cat_id?: Int64;
  /** 一级类目ID */
  l1_cat_id?: Int64;
  /** 四级类目名称 */
  l4_cat_name?: string;
  /** 二级类目名称 */
  l2_cat_name?: string;
  /** 三级类目名称 */
  l3_cat_name?: string;
  /** 四级类目ID */
  l4_cat_id?: Int64;
  /** 五级类目名称 */
  l5_cat_name?: string;
  /** 二级类目ID */
  l2_cat_id?: Int64;
  /** 一级类目名称 */
  l1_cat_name?: string;
}

const REQUEST_SCHEMA = {
  fixed_mapping_app_info: {
    password: 'String',
    app_name: 'String',
  },
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
    top_imap_union_category_path_do_list: [
      {
        l5_cat_id: 'Number',
        leaf_cat_name: 'String',
        l3_cat_id: 'Number',
        leaf: 'Boolean',
        leaf_cat_id: 'Number',
        l1_cat_id: 'Number',
        l4_cat_name: 'String',
        l2_cat_name: 'String',
        l3_cat_name: 'String',
        l4_cat_id: 'Number',
        l5_cat_name: 'String',
        l2_cat_id: 'Number',
        l1_cat_name: 'String',
      },
    ],
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.imap.category.predict`: method, response root, request and response schemas. */
export const alibabaImapCategoryPredictOperation = {
  method: 'alibaba.imap.category.predict',
  responseRoot: 'alibaba_imap_category_predict_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 类目预测接口 — calls TOP method `alibaba.imap.category.predict`.
 *
 * * 类目预测接口
 * * 【必填字段】 title, srcChannelId, srcCategoryId, targetChannelId
 * * 【非必填，但有最好填上】itemId, barcode, brandName, pvPairDOList, srcCatNamePathList
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaImapCategoryPredict(
  client: TopClient,
  request: AlibabaImapCategoryPredictRequest = {},
  options?: CallOptions,
): Promise<AlibabaImapCategoryPredictResponse> {
  return client.call<AlibabaImapCategoryPredictResponse>(
    {
      method: 'alibaba.imap.category.predict',
      responseRoot: 'alibaba_imap_category_predict_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
