// Generated from specs/travel/taobao.alitrip.travel.item.element.manage.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.item.element.manage` (【API3.0】资源元素管理接口). */
export interface TaobaoAlitripTravelItemElementManageRequest {
  /** 必填，操作类型：1-新增，2-修改，3-删除。。特别注意：删除 为逻辑删除，即该outer_id所对应的元素还存在但是会置为无效状态，重新编辑修改即可恢复为有效状态。因此该id一旦使用将不可重复 */
  operation: Int64Input;
  /** 必填，元素的外部商家编码，必须唯一。编辑、删除时将根据该编码找到对应元素。 */
  outer_id: string;
  /** 资源元素类型，新增时必填：1-景点，2-酒店，5-交通接驳，6-WIFI库，7-电话卡，8-餐饮，9-签证库，11-特色活动，999-其他 */
  element_type?: Int64Input;
  /** 元素名称，新增时必填； 注意：Wifi库的使用地和签证库所在国家均适用这个字段 */
  name?: string;
  /** 元素所在城市，景点、酒店在新增时必填 */
  city?: string;
  /** 元素的子类型，新增时必填。景点指门票类型，酒店指房型信息，交通接驳（接送机、接驳车、租车、船票、其他）选其一，餐饮（早餐、晚餐、午餐、下午茶及其他）选其一；签证（旅游签证、商务签证、工作签证、留学签证、探亲访友签证、入台证、其他） */
  type?: string;
  /** 当新增“交通接驳、餐饮、特色活动、其他”资源类型时 必填 */
  desc?: string;
}

/** Response of `taobao.alitrip.travel.item.element.manage`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelItemElementManageResponse {
  /** firstResult */
  first_result?: TaobaoAlitripTravelItemElementManageTopElementResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopElementResult` of `taobao.alitrip.travel.item.element.manage`. */
export interface TaobaoAlitripTravelItemElementManageTopElementResult {
  /** 元素的外部商家编码 */
  element_outer_id?: string;
  /** 创建时间 */
  created?: string;
  /** 修改时间 */
  modified?: string;
  /** 删除时间 */
  deleted?: string;
}

const REQUEST_SCHEMA = {
  operation: 'Number',
  outer_id: 'String',
  element_type: 'Number',
  name: 'String',
  city: 'String',
  type: 'String',
  desc: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  first_result: {
    element_outer_id: 'String',
    created: 'Date',
    modified: 'Date',
    deleted: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.item.element.manage`: method, response root, request and response schemas. */
export const taobaoAlitripTravelItemElementManageOperation = {
  method: 'taobao.alitrip.travel.item.element.manage',
  responseRoot: 'alitrip_travel_item_element_manage_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【API3.0】资源元素管理接口 — calls TOP method `taobao.alitrip.travel.item.element.manage`.
 *
 * 资源元素管理接口：提供商家管理（增删改）基本资源元素信息。基本资源元素可供多个商品共享
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelItemElementManage(
  client: TopClient,
  request: TaobaoAlitripTravelItemElementManageRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelItemElementManageResponse> {
  return client.call<TaobaoAlitripTravelItemElementManageResponse>(
    {
      method: 'taobao.alitrip.travel.item.element.manage',
      responseRoot: 'alitrip_travel_item_element_manage_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
