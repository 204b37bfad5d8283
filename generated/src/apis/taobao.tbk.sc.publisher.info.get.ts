// Generated from specs/tbk/taobao.tbk.sc.publisher.info.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.sc.publisher.info.get` (淘宝客-公用-私域用户备案信息查询). */
export interface TaobaoTbkScPublisherInfoGetRequest {
  /** 渠道独占 - 渠道关系ID */
  relation_id?: Int64Input;
  /** 第几页，下标从0开始 */
  page_no?: Int64Input;
  /** 每页大小 */
  page_size?: Int64Input;
  /** 类型，必选 1:渠道信息；2:会员信息 */
  info_type: Int64Input;
  /** 备案的场景：common（通用备案），etao（一淘备案），minietao（一淘小程序备案），offlineShop（线下门店备案），offlinePerson（线下个人备案）。如不填默认common。查询会员信息只需填写common即可 */
  relation_app: string;
  /** 会员独占 - 会员运营ID */
  special_id?: string;
  /** 淘宝客外部用户标记，如自身系统账户ID；微信ID等 */
  external_id?: string;
  /** 1-微信、2-微博、3-抖音、4-快手、5-QQ，0-其他；默认为0 */
  external_type?: Int64Input;
}

/** Response of `taobao.tbk.sc.publisher.info.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkScPublisherInfoGetResponse {
  /** data */
  data?: TaobaoTbkScPublisherInfoGetData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `taobao.tbk.sc.publisher.info.get`. */
export interface TaobaoTbkScPublisherInfoGetData {
  /** 共享字段 - 总记录数 */
  total_count?: Int64;
  /** 共享字段 - 渠道或会员列表 */
  inviter_list?: TaobaoTbkScPublisherInfoGetMapData[];
  /** 渠道专属pidList */
  root_pid_channel_list?: string[];
}

/** `MapData` of `taobao.tbk.sc.publisher.info.get`. */
export interface TaobaoTbkScPublisherInfoGetMapData {
  /** 共享字段 - 备案场景：common（通用备案），etao（一淘备案），minietao（一淘小程序备案），offlineShop（线下门店备案），offlinePerson（线下个人备案） */
  relation_app?: string;
  /** 共享字段 - 备案日期 */
  create_date?: string;
  /** 渠道独有 - 渠道昵称 */
  account_name?: string;
  /** 渠道独有 - 渠道名称 */
  real_name?: string;
  /** 渠道独有 - 渠道关系ID */
  relation_id?: Int64;
  /** 渠道独有 - 线下场景信息，1 - 门店，2- 学校，3 - 工厂，4 - 其他 */
  offline_scene?: string;
  /** 渠道独有 - 线上场景信息，1 - 微信群，2- QQ群，3 - 其他 */
  online_scene?: string;
  /** 渠道独有 - 媒体侧渠道备注信息 */
  note?: string;
  /** 共享字段 - 渠道/会员专属pid */
  root_pid?: string;
  /** 共享字段 - 渠道/会员原始身份信息 */
  rtag?: string;
  /** 线下备案专属信息 */
  offline_info?: TaobaoTbkScPublisherInfoGetRegisterInfoDto;
  /** 会员独有 - 会员运营ID */
  special_id?: Int64;
  /** 渠道独有 - 处罚状态 */
  punish_status?: string;
  /** 淘宝客外部用户标记 */
  external_id?: string;
  /** 1-微信、2-微博、3-抖音、4-快手、5-QQ，0-其他 */
  external_type?: string;
}

/** `RegisterInfoDto` of `taobao.tbk.sc.publisher.info.get`. */
export interface TaobaoTbkScPublisherInfoGetRegisterInfoDto {
  /** 渠道独有 -店铺名称 */
  shop_name?: string;
  /** 渠道独有 -店铺类型 */
  shop_type?: string;
  /** 渠道独有 - 信息 */
  phone_number?: string;
  /** 渠道独有 -信息 */
  detail_address?: string;
  /** 渠道独有 -区 */
  location?: string;
  /** 渠道独有 -类型 */
  shop_certify_type?: string;
  /** 渠道独有 - 编号 */
  certify_number?: string;
  /** 渠道独有 -经营类型 */
  career?: string;
}

const REQUEST_SCHEMA = {
  relation_id: 'Number',
  page_no: 'Number',
  page_size: 'Number',
  info_type: 'Number',
  relation_app: 'String',
  special_id: 'String',
  external_id: 'String',
  external_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    total_count: 'Number',
    inviter_list: [
      {
        relation_app: 'String',
        create_date: 'Date',
        account_name: 'String',
        real_name: 'String',
        relation_id: 'Number',
        offline_scene: 'String',
        online_scene: 'String',
        note: 'String',
        root_pid: 'String',
        rtag: 'String',
        offline_info: {
          shop_name: 'String',
          shop_type: 'String',
          phone_number: 'String',
          detail_address: 'String',
          location: 'String',
          shop_certify_type: 'String',
          certify_number: 'String',
          career: 'String',
        },
        special_id: 'Number',
        punish_status: 'String',
        external_id: 'String',
        external_type: 'String',
      },
    ],
    root_pid_channel_list: ['String'],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.sc.publisher.info.get`: method, response root, request and response schemas. */
export const taobaoTbkScPublisherInfoGetOperation = {
  method: 'taobao.tbk.sc.publisher.info.get',
  responseRoot: 'tbk_sc_publisher_info_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-公用-私域用户备案信息查询 — calls TOP method `taobao.tbk.sc.publisher.info.get`.
 *
 * 查询已生成的渠道id或会员运营id的相关信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkScPublisherInfoGet(
  client: TopClient,
  request: TaobaoTbkScPublisherInfoGetRequest,
  options?: CallOptions,
): Promise<TaobaoTbkScPublisherInfoGetResponse> {
  return client.call<TaobaoTbkScPublisherInfoGetResponse>(
    {
      method: 'taobao.tbk.sc.publisher.info.get',
      responseRoot: 'tbk_sc_publisher_info_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
