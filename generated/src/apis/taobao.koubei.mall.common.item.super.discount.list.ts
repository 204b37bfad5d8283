// Generated from specs/koubeimall/taobao.koubei.mall.common.item.super.discount.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.koubei.mall.common.item.super.discount.list` (查询商圈内的超值特惠商品信息). */
export interface TaobaoKoubeiMallCommonItemSuperDiscountListRequest {
  /**
   * 展示渠道：ALIPAY_APP KOUBEI_APP TAOBAO_APP（默认ALIPAY_APP）
   *
   * Max length: 32
   */
  display_channel?: string;
  /**
   * 支付宝/口碑/淘宝app版本号
   *
   * Max length: 32
   */
  app_version?: string;
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
  /** 查询商品最大个数，最大值50 */
  item_size: Int64Input;
  /**
   * 商圈ID
   *
   * Max length: 32
   */
  mall_id: string;
}

/** Response of `taobao.koubei.mall.common.item.super.discount.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoKoubeiMallCommonItemSuperDiscountListResponse {
  /** 接口返回model */
  result?: TaobaoKoubeiMallCommonItemSuperDiscountListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.koubei.mall.common.item.super.discount.list`. */
export interface TaobaoKoubeiMallCommonItemSuperDiscountListResult {
  /** API请求全链路追踪ID */
  trace_id?: string;
  /** 超值特惠商品模型 */
  data?: TaobaoKoubeiMallCommonItemSuperDiscountListSuperDiscountDto;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息，success=false时，返回相关错误信息 */
  error?: TaobaoKoubeiMallCommonItemSuperDiscountListTribeError;
}

/** `SuperDiscountDto` of `taobao.koubei.mall.common.item.super.discount.list`. */
export interface TaobaoKoubeiMallCommonItemSuperDiscountListSuperDiscountDto {
  /** 商品信息list */
  item_list?: TaobaoKoubeiMallCommonItemSuperDiscountListItemDto[];
}

/** `ItemDto` of `taobao.koubei.mall.common.item.super.discount.list`. */
export interface TaobaoKoubeiMallCommonItemSuperDiscountListItemDto {
  /** 商品类型，包含：TICKET_VOUCHER（购买类卡券类商品），DISH（菜品），BOOK_ITEM（预定类型） */
  item_type?: string;
  /** 商品子类型，包含：TRADE_VOUCHER（套餐购买类商品），VOUCHER_BUY（购买代金券），VOUCHER_PACKAGE（劵包） */
  sub_item_type?: string;
  /** 商品原价 */
  original_price?: string;
  /** 商品折扣 */
  discount?: string;
  /** 商品售卖价格 */
  sell_price?: string;
  /** 门店id */
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
  /** 商品详情链接，根据入参display_channel信息，获取对应端小程序链接，默认支付宝小程序链接 */
  item_detail_url?: string;
  /** 节省X元，originalPrice - salesPrice */
  saved_money?: string;
  /** 描述：节省X元 */
  saved_money_info?: string;
  /** 销量 “已售xxx份”，销量大于9999："已售XX万份" */
  sales_info?: string;
  /** 商品可售库存 */
  sellable_quantity?: string;
  /** 商品所属门店信息模型 */
  item_store?: TaobaoKoubeiMallCommonItemSuperDiscountListItemStoreDto;
}

/** `ItemStoreDto` of `taobao.koubei.mall.common.item.super.discount.list`. */
export interface TaobaoKoubeiMallCommonItemSuperDiscountListItemStoreDto {
  /** 门店LOGO */
  store_logo?: string;
  /** 门店名称 */
  store_name?: string;
  /** 门店ID */
  store_id?: string;
}

/** `TribeError` of `taobao.koubei.mall.common.item.super.discount.list`. */
export interface TaobaoKoubeiMallCommonItemSuperDiscountListTribeError {
  /** 错误码 */
  code?: string;
  /** 错误信息描述 */
  message?: string;
  /** 错误信息可读性描述 */
  view?: string;
}

const REQUEST_SCHEMA = {
  display_channel: 'String',
  app_version: 'String',
  terminal_type: 'String',
  latitude: 'String',
  longitude: 'String',
  city_code: 'String',
  data_set_id: 'String',
  item_size: 'Number',
  mall_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    data: {
      item_list: [
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
          item_detail_url: 'String',
          saved_money: 'String',
          saved_money_info: 'String',
          sales_info: 'String',
          sellable_quantity: 'String',
          item_store: {
            store_logo: 'String',
            store_name: 'String',
            store_id: 'String',
          },
        },
      ],
    },
    success: 'Boolean',
    error: {
      code: 'String',
      message: 'String',
      view: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.koubei.mall.common.item.super.discount.list`: method, response root, request and response schemas. */
export const taobaoKoubeiMallCommonItemSuperDiscountListOperation = {
  method: 'taobao.koubei.mall.common.item.super.discount.list',
  responseRoot: 'koubei_mall_common_item_super_discount_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询商圈内的超值特惠商品信息 — calls TOP method `taobao.koubei.mall.common.item.super.discount.list`.
 *
 * 查询商圈超值特惠商品信息列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoKoubeiMallCommonItemSuperDiscountList(
  client: TopClient,
  request: TaobaoKoubeiMallCommonItemSuperDiscountListRequest,
  options?: CallOptions,
): Promise<TaobaoKoubeiMallCommonItemSuperDiscountListResponse> {
  return client.call<TaobaoKoubeiMallCommonItemSuperDiscountListResponse>(
    {
      method: 'taobao.koubei.mall.common.item.super.discount.list',
      responseRoot: 'koubei_mall_common_item_super_discount_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
