// Generated from specs/icbu/alibaba.icbu.category.level.attr.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.category.level.attr.get` (层级属性的子属性获取). */
export interface AlibabaIcbuCategoryLevelAttrGetRequest {
  /** 属性值request对象 */
  attribute_value_request?: AlibabaIcbuCategoryLevelAttrGetLevelAttributeValueRequestInput;
}

/** Response of `alibaba.icbu.category.level.attr.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuCategoryLevelAttrGetResponse {
  /** 返回值 */
  result_list?: AlibabaIcbuCategoryLevelAttrGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LevelAttributeValueRequest` of `alibaba.icbu.category.level.attr.get`. */
export interface AlibabaIcbuCategoryLevelAttrGetLevelAttributeValueRequestInput {
  /** 类目属性id，放到数组第一个位置 */
  attr_id?: string[];
  /** 属性值id, 不同取值范围时的查询策略如下: <=0：列出当前类目属性的所有属性值 >0：指定当前类目属性的某一个属性值，列出该属性值下的子属性和该子属性的所有属性值 */
  value_id?: Int64Input;
  /** 必填；要查询的属性值所属发布类目 */
  cat_id: Int64Input;
}

/** `Result` of `alibaba.icbu.category.level.attr.get`. */
export interface AlibabaIcbuCategoryLevelAttrGetResult {
  /** List> 列表中每个元素的key-value说明如下: id: 值id name：值名称 leaf: 此key存在且为true代表当前节点下已无下层属性,这种情况下前端不需再在当前节点上提供弹出下级菜单之类的操作 */
  values?: string;
  /** propertyId对应的属性中文名 */
  property_cn_name?: string;
  /** propertyId对应的属性英文名 */
  property_en_name?: string;
  /** 返回值所在的属性id，如入参valueId为0，则与入参的attrId一致，否则为所选属性值的下层属性id */
  property_id?: Int64;
}

const REQUEST_SCHEMA = {
  attribute_value_request: {
    attr_id: ['String'],
    value_id: 'Number',
    cat_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: {
    values: 'String',
    property_cn_name: 'String',
    property_en_name: 'String',
    property_id: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.category.level.attr.get`: method, response root, request and response schemas. */
export const alibabaIcbuCategoryLevelAttrGetOperation = {
  method: 'alibaba.icbu.category.level.attr.get',
  responseRoot: 'alibaba_icbu_category_level_attr_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 层级属性的子属性获取 — calls TOP method `alibaba.icbu.category.level.attr.get`.
 *
 * 用于获取层级属性（车型库）的子属性和属性值
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuCategoryLevelAttrGet(
  client: TopClient,
  request: AlibabaIcbuCategoryLevelAttrGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaIcbuCategoryLevelAttrGetResponse> {
  return client.call<AlibabaIcbuCategoryLevelAttrGetResponse>(
    {
      method: 'alibaba.icbu.category.level.attr.get',
      responseRoot: 'alibaba_icbu_category_level_attr_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
