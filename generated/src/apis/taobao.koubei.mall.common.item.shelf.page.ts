// Generated from specs/koubeimall/taobao.koubei.mall.common.item.shelf.page.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.koubei.mall.common.item.shelf.page` (门店货架商品列表信息查询). */
export interface TaobaoKoubeiMallCommonItemShelfPageRequest {
  /**
   * 支付宝/口碑/淘宝app版本号
   *
   * Max length: 32
   */
  app_version?: string;
  /**
   * 展示渠道：ALIPAY_APP KOUBEI_APP TAOBAO_APP（默认ALIPAY_APP）
   *
   * Max length: 32
   */
  display_channel?: string;
  /**
   * 终端设备描述(中、英文均可)
   *
   * Max length: 32
   */
  terminal_type?: string;
  /**
   * 纬度（终端设备地理位置）
   *
   * Max length: 32
   */
  latitude?: string;
  /**
   * 经度（终端设备地理位置）
   *
   * Max length: 32
   */
  longitude?: string;
  /**
   * 口碑城市编码（示例：杭州市330100）
   *
   * Max length: 32
   */
  city_code?: string;
  /**
   * 身份ID，识别合作方身份（可联系口碑综合体业务获取）
   *
   * Max length: 32
   */
  data_set_id: string;
  /** 每页查询量，固定8个 */
  page_size: Int64Input;
  /** 分页查询起始值，默认为0 */
  start: Int64Input;
  /**
   * 商圈内的门店ID
   *
   * Max length: 32
   */
  store_id: string;
  /**
   * 商圈ID
   *
   * Max length: 32
   */
  mall_id: string;
}

/** Response of `taobao.koubei.mall.common.item.shelf.page`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoKoubeiMallCommonItemShelfPageResponse {
  /** API接口返回的result模型 */
  result?: TaobaoKoubeiMallCommonItemShelfPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.koubei.mall.common.item.shelf.page`. */
export interface TaobaoKoubeiMallCommonItemShelfPageResult {
  /** API请求全链路追踪ID */
  trace_id?: string;
  /** 门店货架商品列表信息 */
  data?: TaobaoKoubeiMallCommonItemShelfPageShopShelfDto;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息，success=false时，返回相关错误信息 */
  error?: TaobaoKoubeiMallCommonItemShelfPageTribeError;
}

/** `ShopShelfDto` of `taobao.koubei.mall.common.item.shelf.page`. */
export interface TaobaoKoubeiMallCommonItemShelfPageShopShelfDto {
  /** 商品模型 */
  item_info_list?: TaobaoKoubeiMallCommonItemShelfPageItemDto[];
  /** 是否有更多商品 */
  has_more?: boolean;
  /** 每页查询长度 */
  page_size?: Int64;
  /** 货架商品总数 */
  total_item_size?: Int64;
  /** 下一页开始起始值 */
  next_start?: Int64;
}

/** `ItemDto` of `taobao.koubei.mall.common.item.shelf.page`. */
export interface TaobaoKoubeiMallCommonItemShelfPageItemDto {
  /** 商品类型，包含：TICKET_VOUCHER（购买类卡券类商品），DISH（菜品），BOOK_ITEM（预定类型 */
  item_type?: string;
  /** 商品子类型，包含：TRADE_VOUCHER（套餐购买类商品），VOUCHER_BUY（购买代金券），VOUCHER_PACKAGE（劵包） */
  sub_item_type?: string;
  /** 商品原价 */
  original_price?: string;
  /** 商品折扣 */
  discount?: string;
  /** 商品售卖价格 */
  sell_price?: string;
  /** 门店ID */
  store_id?: string;
  /** 商品总销量 */
  sold_quantity?: string;
  /** 商品ID */
  item_id?: string;
  /** 商品名称 */
  item_name?: string;
  /** 商品描述/副标题 */
  sub_title?: string;
  /** 商品主图/封面图 */
  item_cover?: string;
  /** 节省X元，originalPrice - salesPrice */
  saved_money?: string;
  /** 商品详情链接，根据入参display_channel信息，获取对应端小程序链接，默认支付宝小程序链接 */
  item_detail_url?: string;
  /** 销量 “已售xxx份”，销量大于9999："已售XX万份" */
  sales_info?: string;
  /** 商品可售库存 */
  sellable_quantity?: string;
  /** 商品所属门店信息模型 */
  item_store?: TaobaoKoubeiMallCommonItemShelfPageItemStoreDto;
  /** 描述：节省X元 */
  saved_money_info?: string;
}

/** `ItemStoreDto` of `taobao.koubei.mall.common.item.shelf.page`. */
export interface TaobaoKoubeiMallCommonItemShelfPageItemStoreDto {
  /** 门店logo */
  store_logo?: string;
  /** 门店名称 */
  store_name?: string;
  /** 门店ID */
  store_id?: string;
}

/** `TribeError` of `taobao.koubei.mall.common.item.shelf.page`. */
export interface TaobaoKoubeiMallCommonItemShelfPageTribeError {
  /** 错误码 */
  code?: string;
  /** 错误信息可读性描述 */
  view?: string;
  /** 错误信息描述 */
  message?: string;
}

const REQUEST_SCHEMA = {
  app_version: 'String',
  display_channel: 'String',
  terminal_type: 'String',
  latitude: 'String',
  longitude: 'String',
  city_code: 'String',
  data_set_id: 'String',
  page_size: 'Number',
  start: 'Number',
  store_id: 'String',
  mall_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    data: {
      item_info_list: [
        {
          item_type: 'String',
          sub_item_type: 'String',
          original_price: 'String',
          discount: 'String',
          sell_price: 'String',
          store_id: 'String',
          sold_quantity: 'String',
          item_id: 'String',
          item_name: 'String',
          sub_title: 'String',
          item_cover: 'String',
          saved_money: 'String',
          item_detail_url: 'String',
          sales_info: 'String',
          sellable_quantity: 'String',
          item_store: {
            store_logo: 'String',
            store_name: 'String',
            store_id: 'String',
          },
          saved_money_info: 'String',
        },
      ],
      has_more: 'Boolean',
      page_size: 'Number',
      total_item_size: 'Number',
      next_start: 'Number',
    },
    success: 'Boolean',
    error: {
      code: 'String',
      view: 'String',
      message: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.koubei.mall.common.item.shelf.page`: method, response root, request and response schemas. */
export const taobaoKoubeiMallCommonItemShelfPageOperation = {
  method: 'taobao.koubei.mall.common.item.shelf.page',
  responseRoot: 'koubei_mall_common_item_shelf_page_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店货架商品列表信息查询 — calls TOP method `taobao.koubei.mall.common.item.shelf.page`.
 *
 * 查询口碑综合体内门店货架商品列表信息接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoKoubeiMallCommonItemShelfPage(
  client: TopClient,
  request: TaobaoKoubeiMallCommonItemShelfPageRequest,
  options?: CallOptions,
): Promise<TaobaoKoubeiMallCommonItemShelfPageResponse> {
  return client.call<TaobaoKoubeiMallCommonItemShelfPageResponse>(
    {
      method: 'taobao.koubei.mall.common.item.shelf.page',
      responseRoot: 'koubei_mall_common_item_shelf_page_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
