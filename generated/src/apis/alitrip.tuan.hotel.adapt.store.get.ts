// Generated from specs/tuanhotel/alitrip.tuan.hotel.adapt.store.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.tuan.hotel.adapt.store.get` (酒店团购套餐关联适用门店). */
export interface AlitripTuanHotelAdaptStoreGetRequest {
  /**
   * 标准酒店ID列表,逗号分割。与hid_list二者只能选一
   *
   * Max list size: 20
   */
  shid_list?: Int64Input[];
  /**
   * 物理酒店ID列表，逗号分割。与shid_list二者只能选一
   *
   * Max list size: 20
   */
  hid_list?: Int64Input[];
}

/** Response of `alitrip.tuan.hotel.adapt.store.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTuanHotelAdaptStoreGetResponse {
  /** 关联门店列表 */
  store_detail_list?: AlitripTuanHotelAdaptStoreGetStoreDetailVoList[];
  /** 错误码 */
  msg_code?: string;
  /** 操作状态 */
  status?: boolean;
  /** 错误信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StoreDetailVoList` of `alitrip.tuan.hotel.adapt.store.get`. */
export interface AlitripTuanHotelAdaptStoreGetStoreDetailVoList {
  /** 物理酒店ID */
  hid?: string;
  /** 分账描述 */
  bill_descs?: string;
  /** 地址 */
  address?: string;
  /** 核销账户 */
  write_off_accounts?: string;
  /** 标准酒店ID */
  shid?: Int64;
  /** 名字 */
  name?: string;
  /** 联系电话列表 */
  appoint_phone_list?: AlitripTuanHotelAdaptStoreGetAppointPhoneVoList[];
  /** 分账信息 */
  bill_infos?: string;
  /** 门店id */
  store_id?: Int64;
  /** 房型列表 */
  room_type_list?: AlitripTuanHotelAdaptStoreGetRoomTypeVoList[];
}

/** `AppointPhoneVoList` of `alitrip.tuan.hotel.adapt.store.get`. */
export interface AlitripTuanHotelAdaptStoreGetAppointPhoneVoList {
  /** ext */
  ext?: string;
  /** 地区 */
  area?: string;
  /** 手机 */
  mobil?: string;
  /** 国家 */
  country?: string;
  /** 电话 */
  fix?: string;
  /** p400 */
  p400?: string;
  /** 固话或者移动电话 */
  type?: string;
}

/** `RoomTypeVoList` of `alitrip.tuan.hotel.adapt.store.get`. */
export interface AlitripTuanHotelAdaptStoreGetRoomTypeVoList {
  /** 是否无线上网 */
  network_service?: string;
  /** 面积 */
  area?: string;
  /** 是否标准 */
  standard?: boolean;
  /** 床型 */
  bed?: string;
  /** 名称 */
  name?: string;
  /** 最多可入住人数 */
  max_occupancy?: string;
  /** 楼层 */
  floor?: string;
  /** rId */
  rid?: string;
  /** 设施 */
  facility?: string;
}

const REQUEST_SCHEMA = {
  shid_list: ['Number'],
  hid_list: ['Number'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  store_detail_list: [
    {
      hid: 'String',
      bill_descs: 'String',
      address: 'String',
      write_off_accounts: 'String',
      shid: 'Number',
      name: 'String',
      appoint_phone_list: [
        {
          ext: 'String',
          area: 'String',
          mobil: 'String',
          country: 'String',
          fix: 'String',
          p400: 'String',
          type: 'String',
        },
      ],
      bill_infos: 'String',
      store_id: 'Number',
      room_type_list: [
        {
          network_service: 'String',
          area: 'String',
          standard: 'Boolean',
          bed: 'String',
          name: 'String',
          max_occupancy: 'String',
          floor: 'String',
          rid: 'String',
          facility: 'String',
        },
      ],
    },
  ],
  msg_code: 'String',
  status: 'Boolean',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.tuan.hotel.adapt.store.get`: method, response root, request and response schemas. */
export const alitripTuanHotelAdaptStoreGetOperation = {
  method: 'alitrip.tuan.hotel.adapt.store.get',
  responseRoot: 'alitrip_tuan_hotel_adapt_store_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店团购套餐关联适用门店 — calls TOP method `alitrip.tuan.hotel.adapt.store.get`.
 *
 * 输入shid，返回关联门店详情信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTuanHotelAdaptStoreGet(
  client: TopClient,
  request: AlitripTuanHotelAdaptStoreGetRequest = {},
  options?: CallOptions,
): Promise<AlitripTuanHotelAdaptStoreGetResponse> {
  return client.call<AlitripTuanHotelAdaptStoreGetResponse>(
    {
      method: 'alitrip.tuan.hotel.adapt.store.get',
      responseRoot: 'alitrip_tuan_hotel_adapt_store_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
