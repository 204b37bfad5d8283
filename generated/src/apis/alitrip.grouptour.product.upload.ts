// Generated from specs/travel/alitrip.grouptour.product.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.grouptour.product.upload` (新版跟团游商品维护接口). */
export interface AlitripGrouptourProductUploadRequest {
  /** 新发布商品时必填。去程交通。1-飞机，2-火车，3-汽，4-船，100-其他 */
  go_traffic_type?: Int64Input;
  /** 新发布商品时必填。旅游天数。已废弃，以套餐维度行程天数为准。 */
  trip_day?: Int64Input;
  /** 可选，手机端详情描述，xml格式，格式详见示例。 */
  wap_desc?: string;
  /** 可选，减库存方式。0-拍下减库存。1-付款减库存。不传默认为0 */
  sub_stock?: Int64Input;
  /** 新发布商品时必填。回程交通。1-飞机，2-火车，3-汽，4-船，100-其他 */
  back_traffic_type?: Int64Input;
  /** PC端详情描述（新发布商品时，desc_xml和desc_html二者至少填写一个），xml格式：DESC根标签必须有，每一个亮点（HIGHLIGHT）支持1个title子标签，1个txt子标签和多个img子标签。 */
  desc_xml?: string;
  /** 可选，资源确认时长，当confirm_type=2时必填。1：2个工作小时内确认，2：6个工作小时内确认，3：9个工作小时内确认，4：18个工作小时内确认 */
  confirm_time?: Int64Input;
  /** 新发布商品时必填。商品标题，30个中文字符以内 */
  title?: string;
  /** 参团线路类型。0 -目的地参团，1-为出发地参团 */
  route_type?: Int64Input;
  /**
   * 套餐信息,数组类型，支持上传多个套餐信息
   *
   * Max list size: 20
   */
  group_tour_package_info?: AlitripGrouptourProductUploadGroupTourPackageInfoInput[];
  /** 可选，资源确认类型。1-即时确认，2-二次确认。不传默认1 */
  confirm_type?: Int64Input;
  /** 可选，商家自定义标签（最多4个字，超长则自动截断，会进行违禁词校验） */
  item_custom_tag?: string;
  /** 必填，商家自定义商品编码。注：商品基本信息维护、价格库存维护，商品查询都以该编码为主键。 */
  out_product_id?: string;
  /** 可选，旅游晚数，不传默认旅游天数-1。已废弃，以套餐维度行程晚数为准。 */
  trip_night?: Int64Input;
  /** 新发布商品时必填。目的地，多个目的地用英文逗号分隔。地址可以使用飞猪标准地址名称，也可以使用商家系统中目的地地址（支持商家目的地id和商家目的地名称）。如果需要使用商家目的地地址，必须在目的地关联页（https://sell.alitrip.com/icenter/main.htm#/widgets/api-adaptor?_k=n61ii0）配置映射关系（一次性批量上传建立映射关系，之后度假所有类目、API接口共用该映射关系）。 商家目的地地址使用示例1：东京,大阪。示例2：123,124。说明：商家目的地id（123,124）会根据映射关系自动转换成飞猪标准地址 */
  to_locations?: string;
  /**
   * 新发布商品时必填。商品图片路径。最多支持5张，第一张为主图，必填，其余四张可选填。图片链接支持外链图片（即商家系统中图片链接，必须外网可访问，且格式为jpg或jpeg，大小在500k以内），或者用户淘宝空间内的图片链接。对于外链图片，将自动下载并上传用户淘宝图片空间，上传失败的外链图片将自动忽略不计。。注：在SDK中数组多个元素间以英文逗号分隔
   *
   * Max list size: 20
   */
  pic_urls?: string[];
  /** 可选，该商品提前预定时间限制。格式：1_18_00，含义：该商品必须提前1天预定，且在18:00之前完成预定 */
  reserve_limit?: string;
  /** 可选，淘系商品id，用于将out_product_id关联到已经存在的商品，并且修改该商品外部商家编码为out_product_id。 */
  item_id?: Int64Input;
  /** 可选，退改规则类型。0-平台标准退改规则，1-自定义退改规则，2-不支持退改（已废弃，勿用），7-新版自定义退改规则。不传默认为0 */
  refund_type?: Int64Input;
  /**
   * 可选，商品亮点，最多支持4个亮点。注：在SDK中数组多个元素间以英文逗号分隔
   *
   * Max list size: 20
   */
  sub_titles?: string[];
  /** 新发布商品时必填。出发地，多个出发地用英文逗号分隔。使用说明同“目的地” */
  from_locations?: string;
  /** PC端详情描述（新发布商品时，desc_xml和desc_html二者至少填写一个），Html格式。商家自定义Html格式描述。 */
  desc_html?: string;
  /** 可选，出行人模板id。模板id需要商家以店铺账号身份登录飞猪商家工作台，从卖家工具->出行人管理中获取。注意：如果传0则代表设置为不需要出行人模板或使用飞猪平台默认的类目模板。 */
  traveller_template_id?: Int64Input;
  /** 新发布商品时必填。是否出境游，0-不是，1-是。 */
  is_overseas_tour?: Int64Input;
  /** 是否纯玩团。0-纯玩团，1-含购物团。新发布商品时不传默认为“含购物团” */
  pure_play?: Int64Input;
  /** 特殊可选，退款规则（json数组格式）。自定义退改时需填写（与refund_regulations字段二选一）。示例中一共包含4条规则（3条平日规则，1条节假日规则），按照顺序每条规则含义如下：出行前5日及以上，买家违约收取总费用的50，卖家违约收取总费用的20；出行前4日至1日，买家违约收取总费用的80，卖家违约收取总费用的50；行程开始当天，买家违约收取总费用的100，卖家违约收取总费用的70；如果行程日期包含节假日，则节假日条款为买家违约收取总费用的100，卖家违约收取总费用的90 */
  refund_regulations_json?: string;
  /** 0：使用上传的套餐信息（group_tour_package_info）覆盖商品上原有的套餐信息（此时group_tour_package_info中设置的packageOperation无效）；1：根据套餐信息（group_tour_package_info）中的packageOperation和outProductId增加，修改，删除指定套餐，====默认值为0=== */
  package_operation?: Int64Input;
  /** 必填，线路的“细分类型”属性：1-普通跟团游、2-半自由行、3-私家团；不填默认值设置为"1-普通跟团游"。 */
  group_tour_type?: Int64Input;
  /**
   * 关联商品与店铺类目 结构:"cid1,cid2,...,"。如何获取卖家店铺类目具体参见：http://open.taobao.com/doc2/apiDetail.htm?apiId=65
   *
   * Max list size: 20
   */
  seller_cids?: string[];
  /** 商品秒杀，商品秒杀三个值：可选类型web_only(只能通过web网络秒杀)，wap_only(只能通过wap网络秒杀)，web_and_wap(既能通过web秒杀也能通过wap秒杀) */
  second_kill?: string;
  /** 是否支持会员打折。可选值：true，false；默认值：false(不打折)。不传的话默认为false */
  has_discount?: boolean;
}

/** Response of `alitrip.grouptour.product.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripGrouptourProductUploadResponse {
  /** firstResult */
  first_result?: AlitripGrouptourProductUploadTopTravelItem;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GroupTourPackageInfo` of `alitrip.grouptour.product.upload`. */
export interface AlitripGrouptourProductUploadGroupTourPackageInfoInput {
  /** 行程信息，新发布商品必填，数据，可以一次提交多天的行程信息 */
  trip_element_list?: AlitripGrouptourProductUploadGroupTourTripElementInput[];
  /** 返程交通，交通工具的类型必须与商品上的去程交通一致 */
  back_traffic_info_list?: AlitripGrouptourProductUploadGroupTourTrafficInfoInput[];
  /** 去程交通，交通工具的类型必须与商品上的去程交通一致 */
  go_traffic_info_list?: AlitripGrouptourProductUploadGroupTourTrafficInfoInput[];
  /** 新发布商品时必填。自费项目。列表中每一个元素 对应一点描述，所有描述合起来必须小于1500个中文字符。注：在SDK中数组多个元素间以英文逗号分隔 */
  self_explanation?: string[];
  /** 新发布商品时必填。买家预定须知。列表中每一个元素 对应一点描述，所有描述合起来必须小于1500个中文字符。注：在SDK中数组多个元素间以英文逗号分隔 */
  order_info?: string[];
  /** 新发布商品时必填。费用不含。列表中每一个元素 对应一点描述，所有描述合起来必须小于1500个中文字符。注：在SDK中数组多个元素间以英文逗号分隔 */
  fee_exclude?: string[];
  /** 新发布商品时必填。费用包含。列表中每一个元素 对应一点描述，所有描述合起来必须小于1500个中文字符。注：在SDK中数组多个元素间以英文逗号分隔 */
  fee_include?: string[];
  /** 套餐对应的出发地，是商品出发地的子集 */
  from_locations?: string;
  /** 必填，跟团游套餐对应的商家编码 */
  out_product_id?: string;
  /** 新发布商品必填，跟团游套餐名 */
  package_name?: string;
  /** 套餐操作类型(0:套餐覆盖修改,1:增加套餐,2:删除套餐)===默认为0=== */
  package_operation?: Int64Input;
  /** 套餐级别行程天数，必填。 */
  trip_days?: Int64Input;
  /** 套餐级别行程晚数，必填。 */
  accom_nights?: Int64Input;
}

/** `GroupTourTripElement` of `alitrip.grouptour.product.upload`. */
export interface AlitripGrouptourProductUploadGroupTourTripElementInput {
  /** 必填，第几天的行程信息 */
  day?: Int64Input;
  /** 必填，包含元素类型，1:住宿信息，2:景点，3:餐饮信息，4:购物信息，5:自由活动 */
  type?: Int64Input;
  /** 具体的行程信息，根据type字段，将对象序列化成json串，以字符串的形式赋值给json_str，传到后端,每一个json_str都只能是对应单个对象，不能对应数组 当type=1时： json_str = { "type":1, //包含元素类型，1:住宿信息，2:景点，3:餐饮信息，4:购物信息 "hotelType”:1,//住宿方式，1:酒店/客栈 2:住在交通工具上 3:住宿自理 4:露营 "hotelStarType":1, //1:酒店星级 2:酒店档次 "hotelStar":"三星级", //如果hotelStarType =1:酒店星级，hotelStar取值范围（一星级，二星级，三星级，四星级，五星级）；如果hotelStarType =1:酒店星级，hotelStar取值范围（舒适,高档,豪华,经济连锁，二星及以下） "hotelCityName":"北京市", //酒店所在城市名称 "hotelName":"如家快捷北京北太平庄店”,//酒店名称 "roomType":"大床房”, //房型 "tripContentDetails":{ //该字段选填，imageList为数组类型，住宿图片，desc为住宿说明 "imageList":[ "https://img.daily.taobaocdn.net/imgextra/i2/2024098454/TB2.BJ9XEw7LKJjyzdKXXaShXXa_!!2024098454.jpg", "https://img.daily.taobaocdn.net/imgextra/i1/2024098454/TB2Ui4yXEw7LKJjyzdKXXaShXXa_!!2024098454.jpg" ], "desc”:”住宿说明” } } 当type=2时： json_str = { "type”:2, //包含元素类型，1:住宿信息，2:景点，3:餐饮信息，4:购物信息 "activityHour":10, //活动时间-小时 "activityMinute":30,//活动时间-分钟,这里是10个小时30分钟 "scenicName":"八达岭长城”,//景点名称 "scenicCity":"北京市” //景点所在城市,”classicScenic”:true, "tripContentDetails":{ //该字段选填，imageList为数组类型，景点图片，desc为景点详细说明 "imageList":[ "https://img.daily.taobaocdn.net/imgextra/i2/2024098454/TB2.BJ9XEw7LKJjyzdKXXaShXXa_!!2024098454.jpg", "https://img.daily.taobaocdn.net/imgextra/i1/2024098454/TB2Ui4yXEw7LKJjyzdKXXaShXXa_!!2024098454.jpg" ], "desc”:”景点详情” } } 当type=3时： json_str ={ "type":3, //包含元素类型，1:住宿信息，2:景点，3:餐饮信息，4:购物信息 "foodInclude":false,//true：包含餐饮，false:不包含餐饮信息 "specialIllustrate":" 餐饮说明”,//餐饮说明 "foodType":[ //1:早餐，2:中餐，3:晚餐 1, 2, 3 ] } 当type=4时： json_str ={ "type":4, //包含元素类型，1:住宿信息，2:景点，3:餐饮信息，4:购物信息 "activityHour":1,//活动时间-小时 "activityMinute":5,//活动时间-分钟,这里是1个小时5分钟 "shoppingPlace":"家乐福”,//购物店名称 "shoppingProduct":"啥都有”//营业产品 }。当type=5时： json_str ={ "type":5, //包含元素类型，1:住宿信息，2:景点，3:餐饮信息，4:购物信息，5:自由活动 ,"activityHour":1,//活动时间-小时 "activityMinute":5,//活动时间-分钟,这里是1个小时5分钟 "scenicCity":"杭州”,//活动城市, "activityContent":"啥都有”//活动推荐 } */
  json_str?: string;
}

/** `GroupTourTrafficInfo` of `alitrip.grouptour.product.upload`. */
export interface AlitripGrouptourProductUploadGroupTourTrafficInfoInput {
  /** 交通类型 1：飞机， 2：火车，3：汽车，4：轮船 */
  transport_way?: Int64Input;
  /** 第几组交通信息，每一组交通信息包含一组去程交通和返程交通，当在页> 面上点击【添加交通信息】按钮后，就会出现第二组交通信息，第一组交>通信息group=1，第二组交通信息group取值为2，以此类推 */
  group?: Int64Input;
  /** 是否直飞，飞机选填，1-直飞；0-不是直飞 */
  non_stop?: Int64Input;
  /** 交通说明，针对交通类型是汽车，轮船和其他 */
  traffic_desc?: string;
  /** 到达时间，当地时间HH:mm */
  arrival_time?: string;
  /** 出发时间，当地时间HH:mm */
  departure_time?: string;
  /** 到达城市 */
  destination?: string;
  /** 出发城市 */
  departure?: string;
  /** 飞机机型，飞机选填 */
  plane_type?: string;
  /** 交通公司名，飞机选填 */
  vendor?: string;
  /** 参考班次号，飞机需要填航班号，火车需要填车次号，汽车和船可不填 */
  traffic_no?: string;
  /** 第几天 */
  day?: Int64Input;
  /** 是否经停 */
  stop_over?: boolean;
  /** 经停城市 */
  stop_city?: string;
  /** 是否是"非红眼航班"。【红眼航班】定义：凌晨一点至六点起飞，且飞行时间少于少于正常睡眠需求（8小时）的航班。 */
  is_non_red_eye_flight?: boolean;
}

/** `TopTravelItem` of `alitrip.grouptour.product.upload`. */
export interface AlitripGrouptourProductUploadTopTravelItem {
  /** itemId */
  item_id?: Int64;
  /** outProductId */
  out_product_id?: string;
  /** modified */
  modified?: string;
  /** extend */
  extend?: string;
}

const REQUEST_SCHEMA = {
  go_traffic_type: 'Number',
  trip_day: 'Number',
  wap_desc: 'String',
  sub_stock: 'Number',
  back_traffic_type: 'Number',
  desc_xml: 'String',
  confirm_time: 'Number',
  title: 'String',
  route_type: 'Number',
  group_tour_package_info: [
    {
      trip_element_list: [
        {
          day: 'Number',
          type: 'Number',
          json_str: 'String',
        },
      ],
      back_traffic_info_list: [
        {
          transport_way: 'Number',
          group: 'Number',
          non_stop: 'Number',
          traffic_desc: 'String',
          arrival_time: 'String',
          departure_time: 'String',
          destination: 'String',
          departure: 'String',
          plane_type: 'String',
          vendor: 'String',
          traffic_no: 'String',
          day: 'Number',
          stop_over: 'Boolean',
          stop_city: 'String',
          is_non_red_eye_flight: 'Boolean',
        },
      ],
      go_traffic_info_list: [
        {
          transport_way: 'Number',
          group: 'Number',
          non_stop: 'Number',
          traffic_desc: 'String',
          arrival_time: 'String',
          departure_time: 'String',
          destination: 'String',
          departure: 'String',
          plane_type: 'String',
          vendor: 'String',
          traffic_no: 'String',
          day: 'Number',
          stop_over: 'Boolean',
          stop_city: 'String',
          is_non_red_eye_flight: 'Boolean',
        },
      ],
      self_explanation: ['String'],
      order_info: ['String'],
      fee_exclude: ['String'],
      fee_include: ['String'],
      from_locations: 'String',
      out_product_id: 'String',
      package_name: 'String',
      package_operation: 'Number',
      trip_days: 'Number',
      accom_nights: 'Number',
    },
  ],
  confirm_type: 'Number',
  item_custom_tag: 'String',
  out_product_id: 'String',
  trip_night: 'Number',
  to_locations: 'String',
  pic_urls: ['String'],
  reserve_limit: 'String',
  item_id: 'Number',
  refund_type: 'Number',
  sub_titles: ['String'],
  from_locations: 'String',
  desc_html: 'String',
  traveller_template_id: 'Number',
  is_overseas_tour: 'Number',
  pure_play: 'Number',
  refund_regulations_json: 'String',
  package_operation: 'Number',
  group_tour_type: 'Number',
  seller_cids: ['String'],
  second_kill: 'String',
  has_discount: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  first_result: {
    item_id: 'Number',
    out_product_id: 'String',
    modified: 'Date',
    extend: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.grouptour.product.upload`: method, response root, request and response schemas. */
export const alitripGrouptourProductUploadOperation = {
  method: 'alitrip.grouptour.product.upload',
  responseRoot: 'alitrip_grouptour_product_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新版跟团游商品维护接口 — calls TOP method `alitrip.grouptour.product.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripGrouptourProductUpload(
  client: TopClient,
  request: AlitripGrouptourProductUploadRequest = {},
  options?: CallOptions,
): Promise<AlitripGrouptourProductUploadResponse> {
  return client.call<AlitripGrouptourProductUploadResponse>(
    {
      method: 'alitrip.grouptour.product.upload',
      responseRoot: 'alitrip_grouptour_product_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
