// Generated from specs/smartstore/taobao.istore.areas.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.istore.areas.get` (智慧门店区域编码查询). */
export interface TaobaoIstoreAreasGetRequest {
  /** 需返回的字段列表.可选值:Area 结构中的所有字段;多个字段之间用","分隔.如:id,type,name,parent_id,zip. */
  fields: string;
}

/** Response of `taobao.istore.areas.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoIstoreAreasGetResponse {
  /** 地址区域信息列表.返回的Area包含的具体信息为入参fields请求的字段信息 。 */
  areas?: TaobaoIstoreAreasGetArea[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Area` of `taobao.istore.areas.get`. */
export interface TaobaoIstoreAreasGetArea {
  /** 标准行政区域代码.参考:http://www.stats.gov.cn/tjbz/xzqhdm/t20120105_402777427.htm */
  id?: Int64;
  /** 区域类型.area区域 1:country/国家;2:province/省/自治区/直辖市;3:city/地区(省下面的地级市);4:district/县/市(县级市)/区;abroad:海外. 比如北京市的area_type = 2,朝阳区是北京市的一个区,所以朝阳区的area_type = 4. */
  type?: Int64;
  /** 地域名称.如北京市,杭州市,西湖区,每一个area_id 都代表了一个具体的地区. */
  name?: string;
  /** 父节点区域标识.如北京市的area_id是110100,朝阳区是北京市的一个区,所以朝阳区的parent_id就是北京市的area_id. */
  parent_id?: Int64;
  /** 具体一个地区的邮编 */
  zip?: string;
}

const REQUEST_SCHEMA = {
  fields: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  areas: [
    {
      id: 'Number',
      type: 'Number',
      name: 'String',
      parent_id: 'Number',
      zip: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.istore.areas.get`: method, response root, request and response schemas. */
export const taobaoIstoreAreasGetOperation = {
  method: 'taobao.istore.areas.get',
  responseRoot: 'istore_areas_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 智慧门店区域编码查询 — calls TOP method `taobao.istore.areas.get`.
 *
 * 查询标准地址区域代码信息。可以直接参考最新的行政区域代码：
 * http://www.stats.gov.cn/tjsj/tjbz/tjyqhdmhcxhfdm/2016/index.html
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoIstoreAreasGet(
  client: TopClient,
  request: TaobaoIstoreAreasGetRequest,
  options?: CallOptions,
): Promise<TaobaoIstoreAreasGetResponse> {
  return client.call<TaobaoIstoreAreasGetResponse>(
    {
      method: 'taobao.istore.areas.get',
      responseRoot: 'istore_areas_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
