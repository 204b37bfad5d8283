// Generated from specs/category/taobao.itemcats.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.itemcats.get` (获取后台供卖家发布商品的标准商品类目). */
export interface TaobaoItemcatsGetRequest {
  /**
   * 商品所属类目ID列表，用半角逗号(,)分隔 例如:(18957,19562,) (cids、parent_cid至少传一个)
   *
   * Max list size: 999
   */
  cids?: Int64Input[];
  /** 无效字段，暂无法使用。时间戳（格式:yyyy-MM-dd HH:mm:ss）如果该字段没有传，则取当前所有的类目信息,如果传了parent_cid或者cids，则忽略datetime，如果该字段传了，那么可以查询到该时间到现在为止的增量变化 */
  datetime?: DateInput;
  /**
   * 需要返回的字段列表，见ItemCat，默认返回：cid,parent_cid,name,is_parent；增量类目信息,根据fields传入的参数返回相应的结果。 features字段： 1、如果存在attr_key=freeze表示该类目被冻结了，attr_value=0,5，value可能存在2个值（也可能只有1个），用逗号分割，0表示禁编辑，5表示禁止发布
   *
   * Max list size: 999
   */
  fields?: string[];
  /** 父商品类目 id，0表示根节点, 传输该参数返回所有子类目。 (cids、parent_cid至少传一个) */
  parent_cid?: Int64Input;
}

/** Response of `taobao.itemcats.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemcatsGetResponse {
  /** 最近修改时间(如果取增量，会返回该字段)。 */
  last_modified?: string;
  /** 商品类目结构 */
  item_cats?: TaobaoItemcatsGetItemCat[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemCat` of `taobao.itemcats.get`. */
export interface TaobaoItemcatsGetItemCat {
  /** 商品所属类目ID */
  cid?: Int64;
  /**
   * Feature对象列表
   * 目前已有的属性：
   * 若Attr_key为 udsaleprop，attr_value为1 则允许卖家在改类目新增自定义销售属性,不然为不允许
   */
  features?: TaobaoItemcatsGetFeature[];
  /** 该类目是否为父类目(即：该类目是否还有子类目) */
  is_parent?: boolean;
  /** 类目名称 */
  name?: string;
  /** 父类目ID=0时，代表的是一级的类目 */
  parent_cid?: Int64;
  /** 排列序号，表示同级类目的展现次序，如数值相等则按名称次序排列。取值范围:大于零的整数 */
  sort_order?: Int64;
  /** 状态。可选值:normal(正常),deleted(删除) */
  status?: string;
  /** 是否度量衡类目 */
  taosir_cat?: boolean;
}

/** `Feature` of `taobao.itemcats.get`. */
export interface TaobaoItemcatsGetFeature {
  /** 属性键 */
  attr_key?: string;
  /** 属性值 */
  attr_value?: string;
}

const REQUEST_SCHEMA = {
  cids: ['Number'],
  datetime: 'Date',
  fields: ['String'],
  parent_cid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  last_modified: 'Date',
  item_cats: [
    {
      cid: 'Number',
      features: [
        {
          attr_key: 'String',
          attr_value: 'String',
        },
      ],
      is_parent: 'Boolean',
      name: 'String',
      parent_cid: 'Number',
      sort_order: 'Number',
      status: 'String',
      taosir_cat: 'Boolean',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.itemcats.get`: method, response root, request and response schemas. */
export const taobaoItemcatsGetOperation = {
  method: 'taobao.itemcats.get',
  responseRoot: 'itemcats_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取后台供卖家发布商品的标准商品类目 — calls TOP method `taobao.itemcats.get`.
 *
 * 获取后台供卖家发布商品的标准商品类目。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemcatsGet(
  client: TopClient,
  request: TaobaoItemcatsGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoItemcatsGetResponse> {
  return client.call<TaobaoItemcatsGetResponse>(
    {
      method: 'taobao.itemcats.get',
      responseRoot: 'itemcats_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
