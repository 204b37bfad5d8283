// Generated from specs/travel/taobao.alitrip.travel.item.single.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.item.single.query` (【API3.0】度假单个商品查询接口). */
export interface TaobaoAlitripTravelItemSingleQueryRequest {
  /** 商品id。itemId和outProductId至少填写一个 */
  item_id?: Int64Input;
  /** 商品 外部商家编码。itemId和outProductId至少填写一个 */
  out_product_id?: string;
}

/** Response of `taobao.alitrip.travel.item.single.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelItemSingleQueryResponse {
  /** 商品查询结果 */
  travel_item?: TaobaoAlitripTravelItemSingleQueryPontusTravelFullTravelItem;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PontusTravelFullTravelItem` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryPontusTravelFullTravelItem {
  /** 商品基本信息 */
  base_info?: TaobaoAlitripTravelItemSingleQueryPontusTravelItemBaseInfo;
  /** 预定规则 */
  booking_rules?: TaobaoAlitripTravelItemSingleQueryPontusTravelBookingRuleInfo[];
  /** 创建时间 */
  created?: string;
  /** 自由行相关信息 */
  freedom_item_ext?: TaobaoAlitripTravelItemSingleQueryPontusTravelFreedomItemExt;
  /** 跟团游相关信息 */
  group_item_ext?: TaobaoAlitripTravelItemSingleQueryPontusTravelGroupItemExt;
  /** 商品id */
  item_id?: Int64;
  /** 商品状态。0,1正常;-1:用户删除;-2:用户下架;-3 小二下架;-4 小二删除;-5 从未上架;-9 被处罚 */
  item_status?: Int64;
  /** 商品类型 */
  item_type?: Int64;
  /** 行程信息 */
  itineraries?: TaobaoAlitripTravelItemSingleQueryPontusTravelItemItineraryInfo[];
  /** 修改时间 */
  modified?: string;
  /** 退改规则信息 */
  refund_info?: TaobaoAlitripTravelItemSingleQueryPontusTravelItemRefundInfo;
  /** 销售属性信息 */
  sale_info?: TaobaoAlitripTravelItemSingleQueryPontusTravelItemSaleInfo;
  /** 卖家id */
  seller_id?: Int64;
  /** 卖家昵称 */
  seller_nick?: string;
  /** sku信息 */
  sku_infos?: TaobaoAlitripTravelItemSingleQueryPontusTravelItemSkuInfo[];
  /** 同城活动商品相关信息 */
  tcwl_item_ext?: TaobaoAlitripTravelItemSingleQueryTcwlItemExt;
  /** 航旅度假TOP API3.0 邮轮扩展信息结构 */
  cruise_item_ext?: TaobaoAlitripTravelItemSingleQueryCruiseItemExt;
  /** 商品特征数据 */
  features?: string;
  /** 新版行程信息 */
  ref_trip?: string;
  /** 产品亮点 */
  high_lights?: TaobaoAlitripTravelItemSingleQueryHighLights[];
}

/** `PontusTravelItemBaseInfo` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryPontusTravelItemBaseInfo {
  /** 行程晚数 */
  accom_nights?: Int64;
  /** 商品类目id */
  category_id?: Int64;
  /** 宝贝所在地市 */
  city?: string;
  /** 商品描述(PC描述) */
  desc?: string;
  /** 出发地 */
  from_locations?: string;
  /** 商品类型：1-国内跟团游 2-国内自由行 3-出境跟团游 4-出境自由行 5-境外当地玩乐 6-国际邮轮 7-国内当地玩乐 9-国内邮轮 10-同城玩乐 */
  item_type?: Int64;
  /** 商户的商品编码 */
  out_id?: string;
  /** 商家备注 */
  outer_title?: string;
  /** 商品主图 */
  pic_urls?: string[];
  /** 宝贝所在地省 */
  prov?: string;
  /** 商品亮点 */
  sub_titles?: string[];
  /** 商品标题 */
  title?: string;
  /** 目的地 */
  to_locations?: string;
  /** 最大出行天数 */
  trip_max_days?: Int64;
  /** 最小出行天数 */
  trip_min_days?: Int64;
  /** 手机端商品描述 */
  wap_desc?: string;
  /** 商品标签 */
  item_tag_content?: string;
}

/** `PontusTravelBookingRuleInfo` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryPontusTravelBookingRuleInfo {
  /** 规则说明，1500个字符 */
  rule_desc?: string;
  /** Fee_Included：费用包含，跟团游必填； Fee_Excluded：费用不含，所有类目必填； Order_Info：预定须知； Extra_Cost：其他费用，预留； Shopping：购物说明，预留 */
  rule_type?: string;
  /** 分点组织的规则说明 */
  rule_list?: string[];
}

/** `PontusTravelFreedomItemExt` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryPontusTravelFreedomItemExt {
  /** 回程交通信息 */
  back_traffic_info?: TaobaoAlitripTravelItemSingleQueryPontusTravelItemTrafficInfo;
  /** 去程交通信息 */
  go_traffic_info?: TaobaoAlitripTravelItemSingleQueryPontusTravelItemTrafficInfo;
  /** 酒店信息 */
  hotel_infos?: TaobaoAlitripTravelItemSingleQueryPontusTravelItemHotelInfo;
  /** 其他资源信息 */
  other_infos?: TaobaoAlitripTravelItemSingleQueryPontusTravelItemResourceInfo[];
  /** 景点信息 */
  scenic_infos?: TaobaoAlitripTravelItemSingleQueryPontusTravelItemScenicInfo;
  /** 自由行交通信息详细描述 */
  traffic_desc?: string;
}

/** `PontusTravelItemTrafficInfo` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryPontusTravelItemTrafficInfo {
  /** 必填，交通类型。1/2/3/4 分别对应 飞机/火车/汽车/船 */
  traffic_type?: Int64;
  /** 详细交通信息结构。【注意】当traffic_type选择飞机或火车时，该字段为必填，汽车或轮船时该字段不用填。 */
  traffics?: TaobaoAlitripTravelItemSingleQueryPontusTravelItemTraffic[];
}

/** `PontusTravelItemTraffic` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryPontusTravelItemTraffic {
  /** 到达时间，当地时间HH:mm */
  arrival_time?: string;
  /** 出发城市 */
  departure?: string;
  /** 出发时间，当地时间HH:mm */
  departure_time?: string;
  /** 到达城市 */
  destination?: string;
  /** 飞机机型，飞机选填 */
  plane_type?: string;
  /** 参考班次号，飞机需要填航班号，火车需要填车次号，汽车和船可不填 */
  traffic_no?: string;
  /** 交通公司名，飞机选填 */
  vendor?: string;
}

/** `PontusTravelItemHotelInfo` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryPontusTravelItemHotelInfo {
  /** 结构化酒店信息 酒店结构化信息和文本描述二选一 */
  hotel_list?: TaobaoAlitripTravelItemSingleQueryPontusTravelItemHotel[];
  /** 必填，默认为0 必须大于等于0, 且小于或等于行程晚数 */
  hotel_days?: Int64;
  /** 酒店描述文本，<1500字符 酒店结构化信息和文本描述二选一 */
  hotel_desc?: string;
}

/** `PontusTravelItemHotel` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryPontusTravelItemHotel {
  /** 必填，所在城市 */
  city?: string;
  /** 必填，酒店名称 */
  cn_name?: string;
  /** 必填，酒店等级 */
  hotel_level?: string;
  /** 必填，酒店房型 */
  house_type?: string;
  /** 酒店的经纬度信息，经度在前，纬度在后，英文逗号分隔 最多支持6位小数，如120.111222,30.111222 */
  poi?: string;
  /** POI来源，AMAP/GOOGLE。境内为高德（AMAP） 境外为GOOGLE */
  poi_resource?: string;
}

/** `PontusTravelItemResourceInfo` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryPontusTravelItemResourceInfo {
  /** 小于1500字符 */
  desc?: string;
  /** 1-保险2-餐饮3-租车4-签证5-购物点6-赠品7-券99-其他 */
  type?: Int64;
}

/** `PontusTravelItemScenicInfo` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryPontusTravelItemScenicInfo {
  /** 结构化景点信息 景点结构化信息和文本描述二选一 */
  scenic_list?: TaobaoAlitripTravelItemSingleQueryPontusTravelItemScenic[];
  /** 景点描述文本，<1500字符 景点结构化信息和文本描述二选一 */
  scenic_desc?: string;
  /** 门票套餐名称 */
  ticket_package_name?: string;
}

/** `PontusTravelItemScenic` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryPontusTravelItemScenic {
  /** 必填，景点所在城市 */
  city?: string;
  /** 必填，景点名称 */
  cn_name?: string;
  /** 景点的经纬度信息，经度在前，纬度在后，英文逗号分隔 最多支持6位小数，如120.111222,30.111222 */
  poi?: string;
  /** POI来源，AMAP/GOOGLE。境内为高德（AMAP） 境外为GOOGLE */
  poi_resource?: string;
  /** 必填，门票类型 */
  ticket_type?: string;
}

/** `PontusTravelGroupItemExt` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryPontusTravelGroupItemExt {
  /** 必填，回程交通信息 */
  back_traffic_info?: TaobaoAlitripTravelItemSingleQueryPontusTravelItemTrafficInfo;
  /** 是否支持电子合同，默认不支持 */
  electronic?: boolean;
  /** 集合地信息 */
  gather_places?: TaobaoAlitripTravelItemSingleQueryPontusTravelGatherPlaceInfo[];
  /** 必填，去程交通信息 */
  go_traffic_info?: TaobaoAlitripTravelItemSingleQueryPontusTravelItemTrafficInfo;
  /** 必填，线路类型，0 为目的地参团 1为出发地参团 */
  route_type?: Int64;
}

/** `PontusTravelGatherPlaceInfo` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryPontusTravelGatherPlaceInfo {
  /** 地点名称 */
  name?: string;
  /** 集合地经纬度，英文逗号分隔。经度在前，纬度在后，英文逗号分隔最多支持6位小数，如120.111222,30.111222 */
  poi?: string;
  /** POI来源，AMAP/GOOGLE。境内为高德（AMAP） 境外为GOOGLE */
  poi_resource?: string;
}

/** `PontusTravelItemItineraryInfo` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryPontusTravelItemItineraryInfo {
  /** 必填，1.可选择纯文本 2.使用xml标签（img和txt）进行图文混排，目前仅支持一段文字和多张图片，如果文件有多段，将会被合并 3.每段行程文字总和小于1500字 */
  content?: string;
  /** 行程编号，第一天行程为1，第二天行程为2 */
  itinerary_no?: Int64;
  /** 小于等于30字 */
  title?: string;
}

/** `PontusTravelItemRefundInfo` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryPontusTravelItemRefundInfo {
  /** 退改规则 1）格式：标准规则 或 自定义规则：a_a_num 2）规则：自定义规则里最多可含5组规则 */
  refund_regulations?: string[];
  /** 退改规则类型，0为标准，1为自定义，2为不支持退改规则。不传默认为0 */
  refund_type?: Int64;
}

/** `PontusTravelItemSaleInfo` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryPontusTravelItemSaleInfo {
  /** 预约商品必填，普通商品不填。预约商品开始时间，格式：yyyy-MM-dd HH:mm */
  bc_start_date?: string;
  /** 至少提前天数，最晚成团提前天数，最小0天，最大为300天；不传则为0 */
  duration?: Int64;
  /** 预约商品必填，普通商品可不填。可选出发结束日期，格式：年-月-日 日期必须是最近300天内的，最早和最晚日期跨度最大为180天。对于普通商品，根据日历库存的最晚时间来自动计算；对于预约商品则为必填字段 */
  end_combo_date?: string;
  /** 是否支持会员打折。可选值：true，false；默认值：false(不打折)。不传的话默认为false */
  has_discount?: boolean;
  /** 已废弃。是否提供发票 默认为false 仅C商家需要设置该值 B商家强制提供发票 */
  has_invoice?: boolean;
  /** 是否橱窗推荐，可选值：true，false；默认值：false(不推荐) */
  has_showcase?: boolean;
  /** 电子凭证码商，格式为：码商id:码商nick。电子凭证的卖家规则详见：http://bangpai.taobao.com/group/thread/14051111-283426841.htm */
  merchant?: string;
  /** 电子凭证网点ID */
  network_id?: string;
  /** 商品售卖类型，1. 普通商品 2. 预约商品 3. 拍卖商品 4. 非日历商品；默认为1。 */
  sale_type?: Int64;
  /** 商品秒杀，商品秒杀三个值：可选类型web_only(只能通过web网络秒杀)，wap_only(只能通过wap网络秒杀)，web_and_wap(既能通过web秒杀也能通过wap秒杀) */
  second_kill?: string;
  /** 关联商品与店铺类目 结构:",cid1,cid2,...,"，如果店铺类目存在二级类目，必须传入子类目cids。 支持的最大列表长度为：256； 关于如何获取cid，请参考该接口：http://open.taobao.com/doc2/apiDetail.htm?apiId=65 */
  seller_cids?: string[];
  /** 预约商品必填，普通商品可不填。可选出发开始日期，格式：yyyy-MM-dd。对于普通商品，根据日历库存的最早时间来自动计算。对于预约商品则为必填字段 */
  start_combo_date?: string;
  /** 扣库存方式。1：拍下减库存，2：付款减库存 */
  sub_stock?: Int64;
  /** 电子凭证是否支持系统自动退款，true则表示支持 */
  support_onsale_auto_refund?: boolean;
  /** 新版电子凭证参数结构 */
  item_ele_cert_info?: TaobaoAlitripTravelItemSingleQueryPontusTravelItemEleCertInfo;
  /** 资源确认方式。1：即时确认，2：二次确认 */
  confirm_type?: Int64;
  /** 资源确认时长。1:2个工作小时内确认，2:6个工作小时内确认，3:9个工作小时内确认，4:18个工作小时内确认（只有境外目的地商品支持18小时确认，境内商品最长9小时） */
  confirm_time?: Int64;
}

/** `PontusTravelItemEleCertInfo` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryPontusTravelItemEleCertInfo {
  /** 电子凭证有效期 过期类型。1：xxxx-xx-xx 到 xxxx-xx-xx； 2：购买成功日 至 xxxx-xx-xx； 3：购买成功 xx 天内有效 */
  expiry_date_type?: Int64;
  /** 电子凭证 有效期 开始时间 */
  expiry_date_start?: string;
  /** 电子凭证 有效期 结束时间 */
  expiry_date_end?: string;
  /** 电子凭证 有效期 天数 */
  expiry_days?: Int64;
  /** 核销门店库id */
  package_id?: Int64;
  /** 售中自动退款比例 */
  auto_refund_rate?: Int64;
  /** 过期自动退款比例 */
  expired_refund_rate?: Int64;
}

/** `PontusTravelItemSkuInfo` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryPontusTravelItemSkuInfo {
  /** 映射到具体日历价格套餐的外部商家编码 */
  outer_sku_id?: string;
  /** 套餐描述 */
  package_desc?: string;
  /** 套餐名称 */
  package_name?: string;
  /** 套餐的日历价格库存。如果是预约商品，只需要填写一个Price，并且，不需要填写Price中的date字段不填，且预约商品只有成人价格和库存。 */
  prices?: TaobaoAlitripTravelItemSingleQueryPontusTravelPrices[];
  /** 套餐关联的产品元素信息 */
  products?: TaobaoAlitripTravelItemSingleQueryPontusTravelProduct[];
  /** 套餐下面对应商品元素信息 仅针对新版商品 */
  combos?: string;
}

/** `PontusTravelPrices` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryPontusTravelPrices {
  /** 价格类型。price_type 取：1-成人价，2-儿童价，3-单房差 */
  price_type?: Int64;
  /** 库存 */
  stock?: Int64;
  /** 价格 */
  price?: Int64;
  /** 外部商家团期ID */
  outer_price_id?: string;
  /** 日期。对于普通商品必填，对于预约商品该字段不填 */
  date?: string;
}

/** `PontusTravelProduct` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryPontusTravelProduct {
  /** 资源元素的外部商家编码 */
  element_id?: string;
  /** 元素份数 */
  num?: Int64;
}

/** `TcwlItemExt` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryTcwlItemExt {
  /** 玩乐主题 */
  tcwl_theme?: Int64;
  /** 主题玩法 */
  tcwl_theme_play?: string;
  /** 组织者名称 */
  organization?: string;
  /** 组织者介绍 */
  org_introduce?: string;
  /** 组织者电话 */
  org_tel?: string;
  /** 组织者旺旺 */
  org_wangwang?: string;
  /** 活动强度。1：底，2：中，3：高 */
  activity_strength?: Int64;
  /** 活动地点 */
  activity_place?: string;
  /** 活动时间 */
  activity_time?: string;
  /** 集合地信息 */
  gather_places?: TaobaoAlitripTravelItemSingleQueryGatherPlaceInfo[];
}

/** `GatherPlaceInfo` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryGatherPlaceInfo {
  /** 地点名称 */
  name?: string;
  /** 经纬度 */
  poi?: string;
  /** 经纬度来源 */
  poi_resource?: string;
}

/** `CruiseItemExt` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryCruiseItemExt {
  /** 上船地点 */
  ship_up?: string;
  /** 下船地点 */
  ship_down?: string;
  /** 邮轮线路 */
  cruise_line?: string;
  /** 邮轮公司 */
  cruise_company?: string;
  /** 邮轮船名 */
  ship_name?: string;
  /** 邮轮费用包含 */
  ship_fee_include?: string;
}

/** `HighLights` of `taobao.alitrip.travel.item.single.query`. */
export interface TaobaoAlitripTravelItemSingleQueryHighLights {
  /** 亮点标题 */
  title?: string;
  /** 亮点描述 */
  desc?: string;
  /** 图片列表 */
  pic_urls?: string[];
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  out_product_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  travel_item: {
    base_info: {
      accom_nights: 'Number',
      category_id: 'Number',
      city: 'String',
      desc: 'String',
      from_locations: 'String',
      item_type: 'Number',
      out_id: 'String',
      outer_title: 'String',
      pic_urls: ['String'],
      prov: 'String',
      sub_titles: ['String'],
      title: 'String',
      to_locations: 'String',
      trip_max_days: 'Number',
      trip_min_days: 'Number',
      wap_desc: 'String',
      item_tag_content: 'String',
    },
    booking_rules: [
      {
        rule_desc: 'String',
        rule_type: 'String',
        rule_list: ['String'],
      },
    ],
    created: 'Date',
    freedom_item_ext: {
      back_traffic_info: {
        traffic_type: 'Number',
        traffics: [
          {
            arrival_time: 'String',
            departure: 'String',
            departure_time: 'String',
            destination: 'String',
            plane_type: 'String',
            traffic_no: 'String',
            vendor: 'String',
          },
        ],
      },
      go_traffic_info: {
        traffic_type: 'Number',
        traffics: [
          {
            arrival_time: 'String',
            departure: 'String',
            departure_time: 'String',
            destination: 'String',
            plane_type: 'String',
            traffic_no: 'String',
            vendor: 'String',
          },
        ],
      },
      hotel_infos: {
        hotel_list: [
          {
            city: 'String',
            cn_name: 'String',
            hotel_level: 'String',
            house_type: 'String',
            poi: 'String',
            poi_resource: 'String',
          },
        ],
        hotel_days: 'Number',
        hotel_desc: 'String',
      },
      other_infos: [
        {
          desc: 'String',
          type: 'Number',
        },
      ],
      scenic_infos: {
        scenic_list: [
          {
            city: 'String',
            cn_name: 'String',
            poi: 'String',
            poi_resource: 'String',
            ticket_type: 'String',
          },
        ],
        scenic_desc: 'String',
        ticket_package_name: 'String',
      },
      traffic_desc: 'String',
    },
    group_item_ext: {
      back_traffic_info: {
        traffic_type: 'Number',
        traffics: [
          {
            arrival_time: 'String',
            departure: 'String',
            departure_time: 'String',
            destination: 'String',
            plane_type: 'String',
            traffic_no: 'String',
            vendor: 'String',
          },
        ],
      },
      electronic: 'Boolean',
      gather_places: [
        {
          name: 'String',
          poi: 'String',
          poi_resource: 'String',
        },
      ],
      go_traffic_info: {
        traffic_type: 'Number',
        traffics: [
          {
            arrival_time: 'String',
            departure: 'String',
            departure_time: 'String',
            destination: 'String',
            plane_type: 'String',
            traffic_no: 'String',
            vendor: 'String',
          },
        ],
      },
      route_type: 'Number',
    },
    item_id: 'Number',
    item_status: 'Number',
    item_type: 'Number',
    itineraries: [
      {
        content: 'String',
        itinerary_no: 'Number',
        title: 'String',
      },
    ],
    modified: 'Date',
    refund_info: {
      refund_regulations: ['String'],
      refund_type: 'Number',
    },
    sale_info: {
      bc_start_date: 'Date',
      duration: 'Number',
      end_combo_date: 'Date',
      has_discount: 'Boolean',
      has_invoice: 'Boolean',
      has_showcase: 'Boolean',
      merchant: 'String',
      network_id: 'String',
      sale_type: 'Number',
      second_kill: 'String',
      seller_cids: ['String'],
      start_combo_date: 'Date',
      sub_stock: 'Number',
      support_onsale_auto_refund: 'Boolean',
      item_ele_cert_info: {
        expiry_date_type: 'Number',
        expiry_date_start: 'Date',
        expiry_date_end: 'Date',
        expiry_days: 'Number',
        package_id: 'Number',
        auto_refund_rate: 'Number',
        expired_refund_rate: 'Number',
      },
      confirm_type: 'Number',
      confirm_time: 'Number',
    },
    seller_id: 'Number',
    seller_nick: 'String',
    sku_infos: [
      {
        outer_sku_id: 'String',
        package_desc: 'String',
        package_name: 'String',
        prices: [
          {
            price_type: 'Number',
            stock: 'Number',
            price: 'Number',
            outer_price_id: 'String',
            date: 'Date',
          },
        ],
        products: [
          {
            element_id: 'String',
            num: 'Number',
          },
        ],
        combos: 'String',
      },
    ],
    tcwl_item_ext: {
      tcwl_theme: 'Number',
      tcwl_theme_play: 'String',
      organization: 'String',
      org_introduce: 'String',
      org_tel: 'String',
      org_wangwang: 'String',
      activity_strength: 'Number',
      activity_place: 'String',
      activity_time: 'String',
      gather_places: [
        {
          name: 'String',
          poi: 'String',
          poi_resource: 'String',
        },
      ],
    },
    cruise_item_ext: {
      ship_up: 'String',
      ship_down: 'String',
      cruise_line: 'String',
      cruise_company: 'String',
      ship_name: 'String',
      ship_fee_include: 'String',
    },
    features: 'String',
    ref_trip: 'String',
    high_lights: [
      {
        title: 'String',
        desc: 'String',
        pic_urls: ['String'],
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.item.single.query`: method, response root, request and response schemas. */
export const taobaoAlitripTravelItemSingleQueryOperation = {
  method: 'taobao.alitrip.travel.item.single.query',
  responseRoot: 'alitrip_travel_item_single_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【API3.0】度假单个商品查询接口 — calls TOP method `taobao.alitrip.travel.item.single.query`.
 *
 * 旅行度假新商品查询接口（单个商品查询） 第三版
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelItemSingleQuery(
  client: TopClient,
  request: TaobaoAlitripTravelItemSingleQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripTravelItemSingleQueryResponse> {
  return client.call<TaobaoAlitripTravelItemSingleQueryResponse>(
    {
      method: 'taobao.alitrip.travel.item.single.query',
      responseRoot: 'alitrip_travel_item_single_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
