// Generated from specs/admarket/yunos.admarket.ad.bid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.admarket.ad.bid` (广告竞价服务). */
export interface YunosAdmarketAdBidRequest {
  /** 竞价请求 */
  bid_request: YunosAdmarketAdBidBidRequestInput;
}

/** Response of `yunos.admarket.ad.bid`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosAdmarketAdBidResponse {
  /** 请求id */
  id?: string;
  /** 返回结果描述 */
  result_msg?: string;
  /** 返回结果 */
  result?: YunosAdmarketAdBidBidResponse;
  /** 响应码 */
  result_code?: string;
  /** 是否操作成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BidRequest` of `yunos.admarket.ad.bid`. */
export interface YunosAdmarketAdBidBidRequestInput {
  /** 应用信息 */
  app_info?: YunosAdmarketAdBidAppInfoInput;
  /** sdk信息 */
  sdk_info?: YunosAdmarketAdBidSdkInfoInput;
  /** 设备信息 */
  device_info: YunosAdmarketAdBidDeviceInfoInput;
  /** 设备id */
  udid: YunosAdmarketAdBidUdidInput;
  /** 用户信息 */
  user_info?: YunosAdmarketAdBidUserInfoInput;
  /** 渠道id */
  channel: string;
  /** 网络信息 */
  network?: YunosAdmarketAdBidNetworkInput;
  /** 版本号 */
  version: string;
  /** 定位信息 */
  location?: YunosAdmarketAdBidLocationInput;
  /** 广告位列表 */
  ad_slots: YunosAdmarketAdBidAdSlotInput[];
  /** 批次id */
  batch_id?: string;
}

/** `AppInfo` of `yunos.admarket.ad.bid`. */
export interface YunosAdmarketAdBidAppInfoInput {
  /** ssp的app名称 */
  app_name?: string;
  /** ssp的app包名 */
  pkg?: string;
  /** app版本号 */
  version_code?: Int64Input;
  /** app版本名 */
  version_name?: string;
}

/** `SdkInfo` of `yunos.admarket.ad.bid`. */
export interface YunosAdmarketAdBidSdkInfoInput {
  /** sdk版本名 */
  version_name?: string;
  /** sdk版本号 */
  version_code?: Int64Input;
}

/** `DeviceInfo` of `yunos.admarket.ad.bid`. */
export interface YunosAdmarketAdBidDeviceInfoInput {
  /** 机型 */
  model?: string;
  /** 操作系统版本 */
  os_version?: string;
  /** 屏幕分辨率宽度 */
  screen_width?: Int64Input;
  /** 设备类型(OFFLINE_MACHINE/PHONE等) */
  device_type: string;
  /** 厂商名称 */
  vendor?: string;
  /** 操作系统类型(ANDROID/ALIOS/WINDOWS/IOS) */
  os_type: string;
  /** 客户端类型(MULTIPORT_SDK/PHONE_SDK) */
  client_type: string;
  /** 分辨率高 */
  screen_height?: Int64Input;
  /** 屏幕类型(VENDING_MACHINE) */
  screen_type?: string;
}

/** `Udid` of `yunos.admarket.ad.bid`. */
export interface YunosAdmarketAdBidUdidInput {
  /** imei */
  imei?: string;
  /** mac */
  mac?: string;
  /** andorid设备id */
  android_id?: string;
  /** umidToken */
  umid_token?: string;
  /** uuid */
  uuid?: string;
  /** 设备序列号 */
  serial_num?: string;
  /** sim序列号 */
  sim_sn?: string;
  /** 设备序列号 */
  imsi?: string;
  /** utdid */
  utdid?: string;
  /** 设备id */
  device_id?: string;
}

/** `UserInfo` of `yunos.admarket.ad.bid`. */
export interface YunosAdmarketAdBidUserInfoInput {
  /** 用户id */
  id?: string;
  /** 补充信息 */
  info?: string | Record<string, unknown>;
}

/** `Network` of `yunos.admarket.ad.bid`. */
export interface YunosAdmarketAdBidNetworkInput {
  /** 基站id */
  cellular_id?: string;
  /** 运营商(UNKNOWN_OPERATOR/CHINA_MOBILE/CHINA_TELECOM/CHINA_UNICOM/OTHER_OPERATOR) */
  operator_type?: string;
  /** 网络类型(CONNECTION_UNKNOWN/CELL_UNKNOWN/CELL_2G/CELL_3G/CELL_4G/CELL_5G/WIFI/ETHERNET/NEW_TYPE) */
  connection_type?: string;
  /** ip地址 */
  ip: string;
}

/** `Location` of `yunos.admarket.ad.bid`. */
export interface YunosAdmarketAdBidLocationInput {
  /** 定位类型(WGS84/GCJ02/BD09) */
  coordinate_type?: string;
  /** 经度 */
  longitude?: string;
  /** 纬度 */
  latitude?: string;
}

/** `AdSlot` of `yunos.admarket.ad.bid`. */
export interface YunosAdmarketAdBidAdSlotInput {
  /** 广告位id */
  ad_slot_id?: string;
  /** 查询条件 */
  query?: string | Record<string, unknown>;
  /** 个数 */
  count?: Int64Input;
}

/** `BidResponse` of `yunos.admarket.ad.bid`. */
export interface YunosAdmarketAdBidBidResponse {
  /** 广告位列表 */
  ad_slots?: YunosAdmarketAdBidAdSlots[];
}

/** `AdSlots` of `yunos.admarket.ad.bid`. */
export interface YunosAdmarketAdBidAdSlots {
  /** 广告位id */
  ad_slot_id?: string;
  /** 广告集合 */
  ads?: YunosAdmarketAdBidAd[];
}

/** `Ad` of `yunos.admarket.ad.bid`. */
export interface YunosAdmarketAdBidAd {
  /** 广告模板id */
  template_id?: string;
  /** 价格 */
  price?: Int64;
  /** 物料 */
  adm?: string;
  /** 广告目标对象 */
  target?: YunosAdmarketAdBidTarget;
  /** 监控对象 */
  monitor?: YunosAdmarketAdBidMonitor;
}

/** `Target` of `yunos.admarket.ad.bid`. */
export interface YunosAdmarketAdBidTarget {
  /** 广告目标类型 */
  target_type?: string;
  /** 广告目标值 */
  target_value?: string;
}

/** `Monitor` of `yunos.admarket.ad.bid`. */
export interface YunosAdmarketAdBidMonitor {
  /** 曝光地址 */
  view_url_list?: string[];
  /** 结束播放地址 */
  end_play_url_list?: string[];
  /** 开始播放地址 */
  start_play_url_list?: string[];
  /** 点击地址 */
  click_url_list?: string[];
  /** 事件上报地址 */
  event_url_list?: string[];
}

const REQUEST_SCHEMA = {
  bid_request: {
    app_info: {
      app_name: 'String',
      pkg: 'String',
      version_code: 'Number',
      version_name: 'String',
    },
    sdk_info: {
      version_name: 'String',
      version_code: 'Number',
    },
    device_info: {
      model: 'String',
      os_version: 'String',
      screen_width: 'Number',
      device_type: 'String',
      vendor: 'String',
      os_type: 'String',
      client_type: 'String',
      screen_height: 'Number',
      screen_type: 'String',
    },
    udid: {
      imei: 'String',
      mac: 'String',
      android_id: 'String',
      umid_token: 'String',
      uuid: 'String',
      serial_num: 'String',
      sim_sn: 'String',
      imsi: 'String',
      utdid: 'String',
      device_id: 'String',
    },
    user_info: {
      id: 'String',
      info: 'Json',
    },
    channel: 'String',
    network: {
      cellular_id: 'String',
      operator_type: 'String',
      connection_type: 'String',
      ip: 'String',
    },
    version: 'String',
    location: {
      coordinate_type: 'String',
      longitude: 'String',
      latitude: 'String',
    },
    ad_slots: [
      {
        ad_slot_id: 'String',
        query: 'Json',
        count: 'Number',
      },
    ],
    batch_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  id: 'String',
  result_msg: 'String',
  result: {
    ad_slots: [
      {
        ad_slot_id: 'String',
        ads: [
          {
            template_id: 'String',
            price: 'Number',
            adm: 'String',
            target: {
              target_type: 'String',
              target_value: 'String',
            },
            monitor: {
              view_url_list: ['String'],
              end_play_url_list: ['String'],
              start_play_url_list: ['String'],
              click_url_list: ['String'],
              event_url_list: ['String'],
            },
          },
        ],
      },
    ],
  },
  result_code: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `yunos.admarket.ad.bid`: method, response root, request and response schemas. */
export const yunosAdmarketAdBidOperation = {
  method: 'yunos.admarket.ad.bid',
  responseRoot: 'yunos_admarket_ad_bid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 广告竞价服务 — calls TOP method `yunos.admarket.ad.bid`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosAdmarketAdBid(
  client: TopClient,
  request: YunosAdmarketAdBidRequest,
  options?: CallOptions,
): Promise<YunosAdmarketAdBidResponse> {
  return client.call<YunosAdmarketAdBidResponse>(
    {
      method: 'yunos.admarket.ad.bid',
      responseRoot: 'yunos_admarket_ad_bid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
